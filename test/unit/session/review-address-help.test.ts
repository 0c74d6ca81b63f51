// What the review says about a note with no address agrees with the schedule: after a no nobody is
// asked for it, and past a thank-you's day it is too late to ask (src/model/contact-schedule.ts).
import { describe, expect, it } from 'vitest';
import { composeNotes } from '../../../src/compose/compose.js';
import { addressAskNow, helpForNote, lapsedAddressLine } from '../../../src/model/contact-schedule.js';
import { messages as regenWords } from '../../../src/commands/regen/messages.js';
import { addressHelp, shownNote } from '../../../src/session/review/index.js';
import { line, screen } from '../../../src/session/review/messages.js';
import { sampleInterview } from '../../helpers/sample-interview.js';

// Sam Ortiz reached the candidate by phone (Tuesday, November 24), and his number is missing.
const noNumber = sampleInterview({
  interviewers: sampleInterview().interviewers.map((p) => (p.name === 'Sam Ortiz' ? { ...p, phone: undefined } : p)),
});
const samsThanks = (interview = noNumber) => composeNotes(interview, 'thank-you', { to: 'Sam Ortiz' })[0]!;

describe('the review on a note with no address', () => {
  it('on the day, the contact request asks for the number', () => {
    const shown = shownNote(samsThanks(), noNumber, 'review', '2026-11-24');
    expect(shown.noAsking).toBeUndefined();
    const ask = addressHelp(shown, [{ note: composeNotes(noNumber, 'contact-request')[0]! }]);
    expect(screen.noAddressAdvice(true, ask)).toContain('the contact request asks Dana Kim for it');
  });

  it('two days on, says it is too late to ask, as the schedule does, and asks nobody', () => {
    const shown = shownNote(samsThanks(), noNumber, 'review', '2026-11-26');
    expect(shown.noAsking).toBe('too-late');
    const advice = screen.noAddressAdvice(true, addressHelp(shown, []));
    expect(advice).toContain('too late to ask for it for a thank-you');
    expect(advice).not.toContain('ask the recruiter');
    expect(line.noAddressAdvice(true, addressHelp(shown, []))).not.toContain('ask the recruiter');
    expect(lapsedAddressLine(noNumber, '2026-11-26')).toMatch(/^Too late to ask Dana Kim/);
  });

  it('after a no, promises no request', () => {
    const told = { ...noNumber, status: 'not-selected' as const, statusOn: '2026-11-30' };
    const note = composeNotes(told, 'not-selected', { to: 'Sam Ortiz' })[0]!;
    const shown = shownNote(note, told, 'review', '2026-11-30');
    expect(shown.noAsking).toBe('after-decision');
    const advice = screen.noAddressAdvice(true, addressHelp(shown, []));
    expect(advice).toContain('after the decision the coach asks nobody for it');
    expect(advice).not.toContain('ask the recruiter');
  });
});

// A trial's recruiter left only a number: the request to her had no address, and the review said
// "the contact request asks Dana Kim for it" of Dana Kim's own e-mail, "under The interviewers".
describe('the contact request to a recruiter with no e-mail', () => {
  const phoneOnly = { ...noNumber, recruiter: { name: 'Dana Kim', phone: '+1 555 0199' } };
  const request = () => composeNotes(phoneOnly, 'contact-request')[0]!;

  it('says the request goes to her and where her e-mail is typed, in the review and the line mode', () => {
    const note = request();
    expect(note.to).toBe('Dana Kim');
    expect(note.address).toBeUndefined();
    const shown = shownNote(note, phoneOnly, 'review', '2026-11-24');
    const ask = addressHelp(shown, [{ note }]);
    expect(screen.noAddressAdvice(false, ask)).toBe(
      'No e-mail address for Dana Kim yet, and this request goes to them: press a and pick "Dana Kim\'s e-mail (optional)" to add it. Or ask them on a call or in person for the address it asks for, and add that under The interviewers.',
    );
    expect(line.noAddressAdvice(false, ask)).toBe(
      'No e-mail address for Dana Kim yet, and this request goes to them: add it with Change an answer, then "Dana Kim\'s e-mail (optional)". Or ask them on a call or in person for the address it asks for, and add that under The interviewers.',
    );
    expect(screen.copied('osc52', [], false, 'no-address', ask)).toBe(
      'Sent to your terminal’s clipboard (OSC 52), but there is no e-mail address for Dana Kim yet, and this request goes to them: press a and pick "Dana Kim\'s e-mail (optional)" to add it, send the note, then press s.',
    );
    expect(line.copied('system clipboard', false, 'no-address', ask)).toBe(
      'Copied (system clipboard), but there is no e-mail address for Dana Kim yet, and this request goes to them: add it with Change an answer, then "Dana Kim\'s e-mail (optional)", before you send it.',
    );
  });

  it('regen says the same, with the file field to fill', () => {
    const help = helpForNote(addressAskNow(phoneOnly, '2026-11-24'), request());
    const said = regenWords.noAddress(false, 'Dana Kim', help, phoneOnly.id);
    expect(said).toMatch(/^There is no e-mail address for Dana Kim yet, and this request goes to them\. Once you have it/);
    expect(said).toContain('"Dana Kim\'s e-mail (optional)"');
    expect(said).not.toContain('asks Dana Kim for it');
  });

  it("Sam's thank-you call still names the request that asks Dana Kim for his number", () => {
    const shown = shownNote(samsThanks(phoneOnly), phoneOnly, 'review', '2026-11-24');
    expect(screen.noAddressAdvice(true, addressHelp(shown, [{ note: request() }]))).toBe(
      'No phone number for this person yet: the contact request asks Dana Kim for it. Once you have it, press a and add it under The interviewers.',
    );
  });
});

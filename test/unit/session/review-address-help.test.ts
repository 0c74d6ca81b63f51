// What the review says about a note with no address agrees with the schedule: after a no nobody is
// asked for it, and past a thank-you's day it is too late to ask (src/model/contact-schedule.ts).
import { describe, expect, it } from 'vitest';
import { composeNotes } from '../../../src/compose/compose.js';
import { lapsedAddressLine } from '../../../src/model/contact-schedule.js';
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

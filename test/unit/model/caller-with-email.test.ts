// Someone who reached the candidate by phone but left only an e-mail address is written to: the
// address in hand reaches them today, where a contact request would ask the recruiter for a number
// nobody needs. Their notes are e-mails that offer a call (templates/partials/call-offer.hbs), the
// schedule plans a written follow-up for them, not a follow-up call, and the checklist does not
// call our own e-mail to them a mismatch of medium (src/model/answer-medium.ts).
import { describe, expect, it } from 'vitest';
import { checkNote } from '../../../src/checklist/index.js';
import { composeNotes, kindsFor } from '../../../src/compose/compose.js';
import { answerMedium } from '../../../src/model/answer-medium.js';
import { missingAddresses } from '../../../src/compose/recipients.js';
import { describeItem } from '../../../src/model/due.js';
import { US_WITH_YEARS, WEEKENDS_ONLY } from '../../../src/model/dates.js';
import { scheduleFor } from '../../../src/model/schedule.js';
import type { Interview } from '../../../src/model/types.js';
import { sampleInterview } from '../../helpers/sample-interview.js';

/** The sample (Priya by e-mail, Sam by phone), with Sam's number gone and his e-mail address given. */
function samWithEmailOnly(): Interview {
  const interview = sampleInterview();
  return {
    ...interview,
    interviewers: interview.interviewers.map((person) =>
      person.name === 'Sam Ortiz' ? { ...person, phone: undefined, email: 'sam.ortiz@acme.example' } : person,
    ),
  };
}

const at = (day: string) => new Date(`${day}T17:00:00.000Z`);

describe('a caller with an e-mail address and no number', () => {
  it('is answered by e-mail, and only then: a number, or no address at all, keeps the phone', () => {
    const sam = samWithEmailOnly().interviewers[1]!;
    expect(answerMedium(sam)).toBe('email');
    expect(answerMedium({ ...sam, phone: '+1 555 0101' })).toBe('phone');
    expect(answerMedium({ ...sam, email: undefined })).toBe('phone');
  });

  it('is asked about of nobody, and thanked and followed up in writing on the schedule', () => {
    const interview = samWithEmailOnly();
    expect(missingAddresses(interview)).toEqual([]);
    const today = scheduleFor(interview, at('2026-11-24'), WEEKENDS_ONLY, US_WITH_YEARS);
    expect(today.items.map((item) => [item.kind, item.to])).toEqual([
      ['thank-you', ['Priya Raghunathan', 'Sam Ortiz']],
      ['follow-up', ['Priya Raghunathan', 'Sam Ortiz']],
    ]);
    // The step reads as two notes, not "thank-you call to Sam Ortiz".
    const line = describeItem({ ...today.items[0]!, interview }, '2026-11-24', US_WITH_YEARS);
    expect(line).toMatch(/^thank-you to Priya Raghunathan and Sam Ortiz: /);
    expect(kindsFor(interview)).not.toContain('voicemail');
    expect(kindsFor(interview)).not.toContain('contact-request');
  });

  it('gets an e-mail thank-you and follow-up that offer a call, each in its own words, and no mismatch warning', () => {
    const interview = samWithEmailOnly();
    const [thanks] = composeNotes(interview, 'thank-you', { to: 'Sam' });
    expect(thanks!.by).toBeUndefined();
    expect(thanks!.address).toBe('sam.ortiz@acme.example');
    const offer = (body: string) =>
      body
        .split('\n')
        .find((line) => line.includes(interview.candidate.phone) && line !== interview.candidate.phone && !line.startsWith('>'));
    expect(offer(thanks!.body)).toMatch(/\b(call|phone|ring)\b.*\+1 555 0100\.$/);
    const thanked: Interview = { ...interview, sent: [{ kind: 'thank-you', to: 'Sam Ortiz', at: '2026-11-24T18:00:00.000Z' }] };
    const [followUp] = composeNotes(thanked, 'follow-up', { to: 'Sam' });
    expect(offer(followUp!.body)).toMatch(/\+1 555 0100/);
    expect(offer(followUp!.body)).not.toBe(offer(thanks!.body));
    // Priya wrote: her note offers no call.
    const [priya] = composeNotes(interview, 'thank-you', { to: 'Priya' });
    expect(offer(priya!.body)).toBeUndefined();
    const findings = checkNote(thanks!, { interview, to: 'Sam Ortiz', kind: 'thank-you', now: at('2026-11-24') });
    expect(findings.map((finding) => finding.rule)).not.toContain('medium-mismatch');
    // The same e-mail to him with a number on file is still one: a caller with a number gets a call.
    const withNumber: Interview = {
      ...interview,
      interviewers: interview.interviewers.map((person) =>
        person.name === 'Sam Ortiz' ? { ...person, phone: '+1 555 0101' } : person,
      ),
    };
    const flagged = checkNote(thanks!, { interview: withNumber, to: 'Sam Ortiz', kind: 'thank-you', now: at('2026-11-24') });
    expect(flagged.map((finding) => finding.rule)).toContain('medium-mismatch');
  });
});

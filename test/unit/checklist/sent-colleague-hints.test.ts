// A new user's trial: the checklist told them to send Margaret a note of her own while her
// thank-you was already marked sent. The hints of wrong-person (a line that speaks to a colleague)
// and group-note (a greeting of two) read the sent record: a note that went out is not asked for
// again, and one still to write still is.
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/checklist/draft.js';
import { groupNote } from '../../../src/checklist/rules/group-note.js';
import { wrongPerson } from '../../../src/checklist/rules/wrong-person.js';
import type { CheckContext } from '../../../src/checklist/types.js';
import type { Interview, SentEntry } from '../../../src/model/types.js';
import { sampleInterview } from '../../helpers/sample-interview.js';

const margaret = {
  name: 'Margaret Okafor',
  title: 'Head of Platform',
  email: 'margaret@acme.example',
  medium: 'email' as const,
  topics: ['the platform roadmap'],
};
const thanked = (to: string, kind: SentEntry['kind'] = 'thank-you'): SentEntry => ({
  kind,
  to,
  at: '2026-11-24T18:00:00.000Z',
  method: 'manual',
});
const panel = (sent: readonly SentEntry[]): Interview => {
  const base = sampleInterview();
  return { ...base, interviewers: [base.interviewers[0]!, margaret], sent: [...sent] };
};
const toPriya = (interview: Interview): CheckContext => ({ interview, to: 'Priya Raghunathan', kind: 'thank-you' });
const body = (greeting: string, line: string) =>
  `${greeting}\n\nThank you for our talk about moving telemetry ingestion to Kafka. ${line}\n\nBest regards,\nJordan Lee`;

describe('wrong-person: a line that speaks to a colleague', () => {
  const text = body('Dear Priya,', 'Thank you again, Margaret.');

  it('suggests a note of her own while hers is still to write', () => {
    expect(wrongPerson(parseDraft(text), toPriya(panel([]))).map((hit) => hit.message)).toEqual([
      "This line speaks to Margaret Okafor, another interviewer, but the note is for Priya Raghunathan. It reads as a line left from Margaret Okafor's note; rewrite it for Priya Raghunathan, or send Margaret Okafor a note of their own.",
    ]);
  });

  it('does not, once her note of this kind is on record as sent', () => {
    expect(wrongPerson(parseDraft(text), toPriya(panel([thanked('Margaret Okafor')]))).map((hit) => hit.message)).toEqual([
      "This line speaks to Margaret Okafor, another interviewer, but the note is for Priya Raghunathan. It reads as a line left from Margaret Okafor's note, which has already gone out; rewrite it for Priya Raghunathan.",
    ]);
  });

  it('still does when only a note of another kind went to her', () => {
    const context = { ...toPriya(panel([thanked('Margaret Okafor')])), kind: 'follow-up' as const };
    expect(wrongPerson(parseDraft(text), context)[0]?.message).toContain('or send Margaret Okafor a note of their own.');
  });
});

describe('group-note: a greeting of two', () => {
  const text = body('Dear Priya and Margaret,', 'I look forward to hearing from you.');
  const message = (interview: Interview) => groupNote(parseDraft(text), toPriya(interview)).map((hit) => hit.message);
  const opening =
    'This note greets Priya and Margaret. Each interviewer should get a note of their own that names something you talked about with them; career services and hiring managers alike see a shared note as a shortcut. ';

  it('asks for one note per person while both are still to write', () => {
    expect(message(panel([]))).toEqual([`${opening}Split it into one note per person.`]);
  });

  it('says the other note already went out, and to write this one to its reader alone', () => {
    expect(message(panel([thanked('Margaret Okafor')]))).toEqual([
      `${opening}Margaret Okafor's note has already gone out, so write this one to Priya Raghunathan alone.`,
    ]);
  });
});

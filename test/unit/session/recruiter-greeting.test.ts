// The recruiter is greeted as the candidate greets the panel. With first names, by theirs; with
// titles, the name alone cannot say Ms or Mr, so the session asks (a trial's contact request and
// reply to a no opened "Dear Gemma Ashworth," beside "Dear Ms McAllister," to the panel). The
// answer is saved with the recruiter, written to the interview file and read back; drafts and
// files from before the question still load.
import { describe, expect, it } from 'vitest';
import { composeNotes } from '../../../src/compose/compose.js';
import { WEEKENDS_ONLY, US_WITH_YEARS } from '../../../src/model/dates.js';
import { formatInterviewFile, parseInterviewText } from '../../../src/model/interview-file.js';
import { fieldById } from '../../../src/session/fields.js';
import { EMPTY_ANSWERS, answersOf, draftOf, initialState, interviewOf, readDraft } from '../../../src/session/index.js';
import { sampleInterview } from '../../helpers/sample-interview.js';

const [priya, sam] = sampleInterview().interviewers;
const ACME = sampleInterview({
  formality: 'titles',
  recruiter: { name: 'Gemma Ashworth', email: 'gemma@acme.example' },
  interviewers: [{ ...priya!, email: undefined, greeting: 'Ms Raghunathan' }, sam!],
});
const question = fieldById('interview.recruiter-greeting');
const asked = (answers: typeof EMPTY_ANSWERS) => question.when?.(answers, 0) ?? true;
const firstLine = (note: { readonly body: string }) => note.body.split('\n')[0];

describe("the recruiter's greeting", () => {
  it('is asked when titles are chosen and the name carries none, and not otherwise', () => {
    const answers = { ...EMPTY_ANSWERS, recruiterName: 'Gemma Ashworth' };
    expect(asked({ ...answers, formality: 'titles' })).toBe(true);
    expect(asked({ ...answers, formality: 'first-names' })).toBe(false);
    expect(asked({ ...answers, formality: 'titles', recruiterName: 'Dr. Gemma Ashworth' })).toBe(false);
    expect(asked({ ...answers, formality: 'titles', recruiterName: '' })).toBe(false);
    // Once given, it stays on the list to change, whatever the formality.
    expect(asked({ ...answers, formality: 'first-names', recruiterGreeting: 'Ms Ashworth' })).toBe(true);
  });

  it('opens the contact request and the reply to a no; without one, the name gives it', () => {
    const answers = { ...answersOf(ACME), recruiterGreeting: 'Ms Ashworth' };
    const interview = interviewOf(answers, { id: ACME.id });
    expect(interview.recruiter).toEqual({ name: 'Gemma Ashworth', email: 'gemma@acme.example', greeting: 'Ms Ashworth' });
    expect(composeNotes(interview, 'contact-request').map(firstLine)).toEqual(['Dear Ms Ashworth,']);
    const told = { ...interview, status: 'not-selected' as const, toldBy: 'Gemma Ashworth' };
    expect(composeNotes(told, 'not-selected', { to: 'Gemma' }).map(firstLine)).toEqual(['Dear Ms Ashworth,']);
    // First names for the panel: the recruiter by hers, with no question asked.
    expect(composeNotes({ ...ACME, formality: 'first-names' }, 'contact-request').map(firstLine)).toEqual(['Dear Gemma,']);
  });

  it('is written to the interview file and read back; files and drafts from before it still load', () => {
    const interview = interviewOf({ ...answersOf(ACME), recruiterGreeting: 'Ms Ashworth' }, { id: ACME.id });
    const parse = (text: string) => parseInterviewText(text, { calendar: WEEKENDS_ONLY, dateStyle: US_WITH_YEARS });
    const back = parse(formatInterviewFile(interview));
    expect(back.ok && back.interview.recruiter).toEqual(interview.recruiter);
    const old = parse(formatInterviewFile(ACME));
    expect(old.ok && old.interview.recruiter).toEqual({ name: 'Gemma Ashworth', email: 'gemma@acme.example' });
    const draft = JSON.parse(JSON.stringify(draftOf(initialState({ ...EMPTY_ANSWERS, recruiterName: 'Gemma Ashworth' }))));
    delete draft.answers.recruiterGreeting;
    expect(readDraft(draft)?.answers).toMatchObject({ recruiterName: 'Gemma Ashworth', recruiterGreeting: '' });
  });
});

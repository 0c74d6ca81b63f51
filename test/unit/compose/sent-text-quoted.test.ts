// The follow-up quotes what was actually sent. A thank-you the user wrote in their own words and
// recorded in the interview file's "sent" list, under the name they call the person by, is the
// note the follow-up quotes (and the one the schedule counts), not the one the tool would write.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { composeNotes } from '../../../src/compose/compose.js';
import { US_WITH_YEARS, WEEKENDS_ONLY } from '../../../src/model/dates.js';
import { parseInterviewObject } from '../../../src/model/interview-file.js';
import { scheduleFor } from '../../../src/model/schedule.js';

const acme = JSON.parse(readFileSync(new URL('../../fixtures/interviews/acme.json', import.meta.url), 'utf8')) as Record<
  string,
  unknown
>;
const OWN_WORDS = 'Hi Priya,\n\nThanks so much for today. I keep thinking about the Kafka move.\n\nJordan';
const options = { calendar: WEEKENDS_ONLY, dateStyle: US_WITH_YEARS };

function parsed(sent: readonly object[], edits?: readonly object[]) {
  const result = parseInterviewObject({ ...acme, sent, ...(edits === undefined ? {} : { edits }) }, options);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result;
}

describe('a thank-you sent in the user’s own words, recorded in the interview file', () => {
  const at = '2026-11-24T18:00:00.000Z';
  const { interview, warnings } = parsed([{ kind: 'thank-you', to: 'Priya', at, subject: 'Thanks for today', body: OWN_WORDS }]);

  it('is saved under the full name of the person its "to" names, and the file is told so', () => {
    expect(interview.sent).toEqual([
      { kind: 'thank-you', to: 'Priya Raghunathan', at, subject: 'Thanks for today', body: OWN_WORDS },
    ]);
    expect(warnings).toContain('"sent[0].to": "Priya" is saved as "Priya Raghunathan".');
  });

  it('is what the follow-up quotes, in the thread of its own subject', () => {
    const [note] = composeNotes(interview, 'follow-up', { to: 'Priya' });
    expect(note!.quotes).toBe(OWN_WORDS);
    expect(note!.subject).toBe('Re: Thanks for today');
    expect(note!.body).toContain(`On November 24, 2026, Jordan Lee wrote:\n> Hi Priya,\n>\n> Thanks so much for today.`);
    expect(note!.body).not.toContain('Thank you for speaking with me about the Senior Backend Engineer role');
  });

  it('counts as her thank-you: the schedule owes one only to Sam', () => {
    const { items } = scheduleFor(interview, new Date('2026-11-24T20:00:00Z'), WEEKENDS_ONLY, US_WITH_YEARS);
    expect(items.filter((item) => item.kind === 'thank-you').map((item) => item.to)).toEqual([['Sam Ortiz']]);
  });

  it('a hand edit named by surname is saved under the full name too', () => {
    const edit = { kind: 'follow-up', to: 'ortiz', subject: 'S', body: 'B', at };
    expect(parsed([], [edit]).interview.edits).toEqual([{ ...edit, to: 'Sam Ortiz' }]);
  });

  it('a name that fits nobody is kept as written, and the warning says what to write', () => {
    const result = parsed([{ kind: 'thank-you', to: 'Pria', at }]);
    expect(result.interview.sent[0]!.to).toBe('Pria');
    expect(result.warnings).toContain(
      '"sent[0].to": "Pria" is not an interviewer or the recruiter of this interview, so that entry counts for nobody. If the note went to one of "Priya Raghunathan", "Sam Ortiz", "Dana Kim", write their name there.',
    );
  });

  it('a name that fits two people is a problem of the file, naming both', () => {
    const two = {
      ...acme,
      interviewers: [
        ...(acme.interviewers as object[]),
        { name: 'Sam Patel', title: 'SRE', email: 'sam.p@acme.example', medium: 'email', topics: ['paging'] },
      ],
      sent: [{ kind: 'thank-you', to: 'Sam', at }],
    };
    const result = parseInterviewObject(two, options);
    expect(result.ok ? [] : result.problems).toEqual([
      {
        path: 'sent[0].to',
        problem: '"Sam" fits more than one person: "Sam Ortiz", "Sam Patel".',
        fix: 'Write more of the name, so that it fits only the person the note went to: one of "Priya Raghunathan", "Sam Ortiz", "Sam Patel", "Dana Kim".',
      },
    ]);
  });
});

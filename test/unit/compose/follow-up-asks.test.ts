// A follow-up is written to learn where things stand: every one, first or second, in every tone
// and every phrasing, asks once and plainly about the decision or its timing, as a question the
// reader can answer in a line. It asks only once (no second, softer ask in another paragraph),
// never in the phone script's words ("any news"), and never "as always" to someone met once.
// Panels of five, so every phrasing of every paragraph is read.
import { describe, expect, it } from 'vitest';
import { createComposer } from '../../../src/compose/compose.js';
import { loadTemplates } from '../../../src/compose/template-files.js';
import { US_WITH_YEARS } from '../../../src/model/dates.js';
import { TONES, type Interview, type IsoDate } from '../../../src/model/types.js';
import { messageOf, unquotedOf } from './note-parts.js';

const { composeNotes } = createComposer(loadTemplates());

const NAMES = ['Tanya Brooks', 'Gloria Vance', 'Raymond Ortiz', 'Lin Yu', 'Joost Visser'];

const panel: Interview = {
  id: 'hollis-crane-outfitters-assistant-district-manager',
  candidate: { name: 'Marisol Ybarra-Quintero', email: 'marisol@example.com', phone: '+1 312 555 0144', resume: 'Resume.pdf' },
  company: 'Hollis & Crane Outfitters',
  role: 'Assistant District Manager',
  date: '2026-11-24',
  format: 'onsite',
  timeframe: { text: 'by the end of next week', date: '2026-12-04' },
  status: 'waiting',
  sent: [],
  strength: 'my six years running a store of forty people',
  interviewers: NAMES.map((name, i) => ({
    name,
    title: 'Manager',
    email: `p${i}@hollis.example`,
    medium: 'email' as const,
    topics: ['weekend staffing'],
  })),
};

/** The first follow-up (with and without the thank-you on record) and the second. */
const STATES: ReadonlyArray<readonly [string, Partial<Interview>, IsoDate | null]> = [
  ['first', {}, null],
  [
    'first, thank-you on record',
    { sent: NAMES.map((to) => ({ kind: 'thank-you' as const, to, at: '2026-11-24T18:00:00.000Z' })) },
    null,
  ],
  ['second', { sent: NAMES.map((to) => ({ kind: 'follow-up' as const, to, at: '2026-12-07T18:00:00.000Z' })) }, '2026-12-21'],
];

/** The reader is asked about the decision or when it comes. */
const ASKS = /\b(decision|decide|timing|timetable|timeline|where (do )?things stand|filled|moved on)\b/i;
/** Softer asks that would make a second one beside the question. */
const ALSO_ASKS =
  /\bany news\b|\bgrateful to know\b|\b(short|quick|brief) word (either way|would)\b|\bwould (still )?like to hear\b|\bhope to hear from you\b|\bwelcome any\b/i;

function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

const cases = TONES.flatMap((tone) =>
  STATES.map(([state, fields, today]) => [`${tone}, ${state}`, tone, fields, today] as const),
);

describe('every follow-up asks once about the decision', () => {
  it.each(cases)('%s', (_, tone, fields, today) => {
    const interview: Interview = { ...panel, tone, ...fields };
    const problems: string[] = [];
    for (const note of composeNotes(interview, 'follow-up', { dateStyle: { ...US_WITH_YEARS, today } })) {
      const own = sentencesOf(messageOf({ ...note, body: unquotedOf(note) }, interview.candidate));
      const questions = own.filter((sentence) => sentence.endsWith('?'));
      if (questions.length !== 1 || !ASKS.test(questions[0]!))
        problems.push(`${note.to}: ${questions.length} questions: ${JSON.stringify(questions)}`);
      for (const sentence of own) {
        if (ALSO_ASKS.test(sentence)) problems.push(`${note.to} asks again: "${sentence}"`);
        if (/\bas always\b/i.test(sentence)) problems.push(`${note.to} says "as always" after one meeting: "${sentence}"`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('a person hears a different question in the second follow-up than in the first', () => {
    for (const tone of TONES) {
      const questionOf = (fields: Partial<Interview>, today: IsoDate | null) =>
        composeNotes({ ...panel, tone, ...fields }, 'follow-up', { dateStyle: { ...US_WITH_YEARS, today } }).map((note) =>
          sentencesOf(unquotedOf(note)).find((sentence) => sentence.endsWith('?')),
        );
      const first = questionOf(STATES[0]![1], null);
      const second = questionOf(STATES[2]![1], STATES[2]![2]);
      for (const [i, question] of first.entries()) expect(second[i], `${tone}, ${NAMES[i]}`).not.toBe(question);
    }
  });
});

// A note wishes its reader well once. "I trust things are going well. ... I hope your work
// continues to go well." in one short stay-in-touch note reads as filler, and so does any note
// whose opening and closing both wish the reader a good week. Every kind, in every tone, written
// and called, for panels of fifteen: past five people the phrasings of the later paragraphs shift
// (src/compose/context.ts, variantOf), so an opening can meet any closing.
import { describe, expect, it } from 'vitest';
import { createComposer } from '../../../src/compose/compose.js';
import { loadTemplates } from '../../../src/compose/template-files.js';
import { US_WITH_YEARS } from '../../../src/model/dates.js';
import { TONES, type Interview, type IsoDate, type NoteKind } from '../../../src/model/types.js';
import { messageOf, unquotedOf } from './note-parts.js';

const { composeNotes } = createComposer(loadTemplates());

/** A sentence that wishes the reader well: their week, their work, their day. */
const WISH =
  /\bI (hope|trust) (that )?(you are|you're|things are|things have|your (week|work|day|month|year)|the (rest|remainder|week|work|year))\b|\bI wish you\b|\bwishing you\b|\b(have|had) a good (day|week)\b|\bgood day\b|\btake care\b|\btreats you well\b|\ball the best\b|\bevery success\b/i;

const NAMES = Array.from({ length: 15 }, (_, i) => `Panel Member${String.fromCharCode(65 + i)}`);

function panel(by: 'email' | 'phone'): Interview {
  return {
    id: 'northmoor-pharmacist',
    candidate: { name: 'Eleanor Whitcombe', email: 'eleanor@example.co.uk', phone: '07700 900 123', resume: 'CV.pdf' },
    company: 'Northmoor Trust',
    role: 'Advanced Pharmacist',
    date: '2026-12-02',
    format: 'onsite',
    timeframe: { text: 'by Friday the 11th', date: '2026-12-11' },
    status: 'waiting',
    sent: [],
    strength: 'my five years as a pharmacist prescriber',
    interviewers: NAMES.map((name, i) => ({
      name,
      title: 'Pharmacist',
      ...(by === 'email'
        ? { email: `p${i}@northmoor.example`, medium: 'email' as const }
        : { phone: '0161 496 0881', medium: 'phone' as const }),
      topics: ['the weekend rota for the aseptic unit'],
      detail: 'she is training for the Great North Run',
    })),
  };
}

const STATES: ReadonlyArray<readonly [NoteKind, Partial<Interview>, IsoDate?]> = [
  ['thank-you', {}],
  ['follow-up', { sent: NAMES.map((to) => ({ kind: 'thank-you' as const, to, at: '2026-12-02T18:00:00.000Z' })) }],
  ['follow-up', { sent: NAMES.map((to) => ({ kind: 'follow-up' as const, to, at: '2026-12-14T18:00:00.000Z' })) }, '2026-12-28'],
  ['voicemail', {}],
  ['voicemail', { status: 'not-selected' }],
  ['not-selected', { status: 'not-selected' }],
  ['stay-in-touch', { status: 'not-selected' }],
];

const cases = TONES.flatMap((tone) => (['email', 'phone'] as const).map((by) => [`${tone}, ${by}`, tone, by] as const));

describe('a note wishes its reader well at most once', () => {
  it.each(cases)('%s', (_, tone, by) => {
    const doubled: string[] = [];
    for (const [kind, state, today = null] of STATES) {
      if ((kind === 'follow-up' && by === 'phone') || (kind === 'voicemail' && by === 'email')) continue;
      const interview: Interview = { ...panel(by), tone, ...state };
      for (const note of composeNotes(interview, kind, { dateStyle: { ...US_WITH_YEARS, today } })) {
        const own = messageOf({ ...note, body: unquotedOf(note) }, interview.candidate);
        const wishes = own.split(/(?<=[.!?])\s+|\n+/).filter((sentence) => WISH.test(sentence));
        if (wishes.length > 1) doubled.push(`${kind} to ${note.to}: ${wishes.map((wish) => `"${wish}"`).join(' ')}`);
      }
    }
    expect(doubled).toEqual([]);
  });
});

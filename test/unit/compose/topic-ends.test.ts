// A topic is the candidate's own words, and it may end in a clause of its own ("aseptic unit
// capacity now that two isolators are out for revalidation"). Whatever a frame puts after it
// attaches to that clause: "..., which I continue to value" reads as valuing the outage, "...
// revalidation with appreciation" as an appreciated revalidation. So a topic ends its sentence,
// or runs on only into the next topic of a list. Every kind in every tone, written and called,
// for panels of five (every phrasing), with and without a personal detail.
import { describe, expect, it } from 'vitest';
import { createComposer } from '../../../src/compose/compose.js';
import { loadTemplates } from '../../../src/compose/template-files.js';
import { US_WITH_YEARS } from '../../../src/model/dates.js';
import { TONES, type Interview, type IsoDate, type NoteKind } from '../../../src/model/types.js';
import { messageOf, unquotedOf } from './note-parts.js';

const { composeNotes } = createComposer(loadTemplates());

const NAMES = ['Nasir Haddad', 'Fiona McAllister', 'Tomasz Wojcik', 'Rukhsana Begum', 'Gemma Ashworth'];
const TOPICS = [
  'aseptic unit capacity now that two isolators are out for revalidation',
  'how the unit would cope with a rise in day-unit activity',
  'moving bortezomib to batch-made syringes',
];

function panel(by: 'email' | 'phone', detail: boolean): Interview {
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
    interviewers: NAMES.map((name, i) => ({
      name,
      title: 'Pharmacist',
      ...(by === 'email'
        ? { email: `p${i}@northmoor.example`, medium: 'email' as const }
        : { phone: '0161 496 0881', medium: 'phone' as const }),
      // One to three topics, so a note names one alone and a list of them.
      topics: TOPICS.slice(0, 1 + (i % 3)),
      ...(detail ? { detail: 'she is training for the Great North Run' } : {}),
    })),
  };
}

const STATES: ReadonlyArray<readonly [NoteKind, Partial<Interview>, IsoDate?]> = [
  ['thank-you', {}],
  ['follow-up', {}],
  ['follow-up', { sent: NAMES.map((to) => ({ kind: 'thank-you' as const, to, at: '2026-12-02T18:00:00.000Z' })) }],
  ['follow-up', { sent: NAMES.map((to) => ({ kind: 'follow-up' as const, to, at: '2026-12-14T18:00:00.000Z' })) }, '2026-12-28'],
  ['voicemail', {}],
  ['voicemail', { sent: NAMES.map((to) => ({ kind: 'voicemail' as const, to, at: '2026-12-14T10:00:00.000Z' })) }],
  ['voicemail', { status: 'not-selected' }],
  ['not-selected', { status: 'not-selected' }],
  ['not-selected', { status: 'not-selected', toldBy: 'Fiona McAllister' }],
  ['stay-in-touch', { status: 'not-selected' }],
];

/** Where a topic may stop: the sentence's end, or the join to the next topic of its list. */
const TOPIC = '\u00a7';
const AFTER_TOPIC = new RegExp(`${TOPIC}(?![.?!]|(?:, |; |,? and |; and )${TOPIC})(.{0,40})`, 'gu');

const cases = TONES.flatMap((tone) =>
  (['email', 'phone'] as const).flatMap((by) =>
    [true, false].map((detail) => [`${tone}, ${by}, ${detail ? 'with' : 'without'} a detail`, tone, by, detail] as const),
  ),
);

describe('nothing is said after a topic but its full stop', () => {
  it.each(cases)('%s', (_, tone, by, detail) => {
    const problems: string[] = [];
    for (const [kind, state, today = null] of STATES) {
      if ((kind === 'follow-up' && by === 'phone') || (kind === 'voicemail' && by === 'email')) continue;
      const interview: Interview = { ...panel(by, detail), tone, ...state };
      for (const note of composeNotes(interview, kind, { dateStyle: { ...US_WITH_YEARS, today } })) {
        let own = messageOf({ ...note, body: unquotedOf(note) }, interview.candidate);
        for (const topic of TOPICS) own = own.replaceAll(topic, TOPIC);
        for (const [, after] of own.matchAll(AFTER_TOPIC)) problems.push(`${kind} to ${note.to}: "...${TOPIC}${after}"`);
      }
    }
    expect(problems).toEqual([]);
  });
});

// A topic is the candidate's own words, and it may end in a clause of its own ("aseptic unit
// capacity now that two isolators are out for revalidation"). Whatever a frame puts after it
// attaches to that clause: "..., which I continue to value" reads as valuing the outage, "...
// revalidation with appreciation" as an appreciated revalidation. So a topic ends its sentence,
// or runs on only into the next topic of a list. Every kind in every tone, written and called,
// for panels of five (every phrasing), with and without a personal detail.
import { describe, expect, it } from 'vitest';
import { TONES } from '../../../src/model/types.js';
import { ownWords, pharmacistPanel } from './every-state.js';

const NAMES = ['Nasir Haddad', 'Fiona McAllister', 'Tomasz Wojcik', 'Rukhsana Begum', 'Gemma Ashworth'];
const TOPICS = [
  'aseptic unit capacity now that two isolators are out for revalidation',
  'how the unit would cope with a rise in day-unit activity',
  'moving bortezomib to batch-made syringes',
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
    const panel = pharmacistPanel(NAMES, by, (i) => ({
      // One to three topics, so a note names one alone and a list of them.
      topics: TOPICS.slice(0, 1 + (i % 3)),
      ...(detail ? { detail: 'she is training for the Great North Run' } : {}),
    }));
    for (const { kind, to, own: written } of ownWords(panel, by, tone)) {
      let own = written;
      for (const topic of TOPICS) own = own.replaceAll(topic, TOPIC);
      for (const [, after] of own.matchAll(AFTER_TOPIC)) problems.push(`${kind} to ${to}: "...${TOPIC}${after}"`);
    }
    expect(problems).toEqual([]);
  });
});

// A note wishes its reader well once. "I trust things are going well. ... I hope your work
// continues to go well." in one short stay-in-touch note reads as filler, and so does any note
// whose opening and closing both wish the reader a good week. Every kind, in every tone, written
// and called, for panels of fifteen: past five people the phrasings of the later paragraphs shift
// (src/compose/context.ts, variantOf), so an opening can meet any closing.
import { describe, expect, it } from 'vitest';
import { TONES } from '../../../src/model/types.js';
import { ownWords, pharmacistPanel } from './every-state.js';

/** A sentence that wishes the reader well: their week, their work, their day. */
const WISH =
  /\bI (hope|trust) (that )?(you are|you're|things are|things have|your (week|work|day|month|year)|the (rest|remainder|week|work|year))\b|\bI wish you\b|\bwishing you\b|\b(have|had) a good (day|week)\b|\bgood day\b|\btake care\b|\btreats you well\b|\ball the best\b|\bevery success\b/i;

const NAMES = Array.from({ length: 15 }, (_, i) => `Panel Member${String.fromCharCode(65 + i)}`);

const cases = TONES.flatMap((tone) => (['email', 'phone'] as const).map((by) => [`${tone}, ${by}`, tone, by] as const));

describe('a note wishes its reader well at most once', () => {
  it.each(cases)('%s', (_, tone, by) => {
    const doubled: string[] = [];
    const panel = pharmacistPanel(
      NAMES,
      by,
      () => ({ topics: ['the weekend rota for the aseptic unit'], detail: 'she is training for the Great North Run' }),
      { strength: 'my five years as a pharmacist prescriber' },
    );
    for (const { kind, to, own } of ownWords(panel, by, tone)) {
      const wishes = own.split(/(?<=[.!?])\s+|\n+/).filter((sentence) => WISH.test(sentence));
      if (wishes.length > 1) doubled.push(`${kind} to ${to}: ${wishes.map((wish) => `"${wish}"`).join(' ')}`);
    }
    expect(doubled).toEqual([]);
  });
});

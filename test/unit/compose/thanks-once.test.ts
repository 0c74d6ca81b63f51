// A note thanks its reader once for each thing. "Thank you for your time ... Thank you once
// more." in one short note after a no reads as a form letter: the second thanks adds nothing. Every
// kind, in every tone, written and called, for panels of fifteen (past five people the later
// paragraphs shift, src/compose/context.ts, variantOf, so an opening can meet any closing); and
// the note after a no, whose whole point is one thanks, thanks once, sign-off included.
import { describe, expect, it } from 'vitest';
import { TONES } from '../../../src/model/types.js';
import { ownWords, pharmacistPanel } from './every-state.js';

/** A word that thanks: "thank you", "thanks", "thankful", "I thank you", "my thanks". */
const THANK = /\bthank(s|ful)?\b/gi;

/** What a sentence thanks the reader for, from its thanking word to the end of its clause, without "again" and the like. */
function thanksOf(sentence: string): string | null {
  const at = sentence.search(/\bthank(s|ful)?\b/i);
  if (at === -1) return null;
  return sentence
    .slice(at)
    .split(/[,;.!?]/)[0]
    ?.toLowerCase()
    .replace(/\b(again|once more|once again|too|also|even so|very much)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim() as string;
}

/** The sentences of a note's own words that thank in the same words as an earlier one. */
function thankedTwice(own: string): string[] {
  const seen = new Set<string>();
  const twice: string[] = [];
  const sentences = own
    .split('\n')
    .slice(1, -1) // the salutation and the sign-off ("With thanks,") are no sentences of thanks
    .join('\n')
    .split(/(?<=[.!?])\s+|\n+/);
  for (const sentence of sentences) {
    const thanks = thanksOf(sentence);
    if (thanks === null) continue;
    // A bare "Thank you again." repeats whatever was thanked before it.
    const bare = /^(thank you|thanks)$/.test(thanks) && /\b(again|once more)\b/i.test(sentence);
    if (seen.has(thanks) || (bare && seen.size > 0)) twice.push(sentence);
    seen.add(thanks);
  }
  return twice;
}

const NAMES = Array.from({ length: 15 }, (_, i) => `Panel Member${String.fromCharCode(65 + i)}`);
const cases = TONES.flatMap((tone) => (['email', 'phone'] as const).map((by) => [`${tone}, ${by}`, tone, by] as const));

function notesOf(tone: (typeof TONES)[number], by: 'email' | 'phone') {
  const panel = pharmacistPanel(
    NAMES,
    by,
    () => ({ topics: ['the weekend rota for the aseptic unit'], detail: 'she is training for the Great North Run' }),
    { strength: 'my five years as a pharmacist prescriber' },
  );
  return [...ownWords(panel, by, tone)];
}

describe('the check itself', () => {
  it('finds a second thanks in the same words, and a bare thanks again', () => {
    expect(thankedTwice('Dear Ann,\nThank you for your time. I enjoyed it. Thank you again for your time.\nBest,')).toEqual([
      'Thank you again for your time.',
    ]);
    expect(thankedTwice('Dear Ann,\nThanks for the news. I hope we meet again. Thank you once more.\nBest,')).toEqual([
      'Thank you once more.',
    ]);
    expect(thankedTwice('Dear Ann,\nThanks for the news, and for our talk.\nWith thanks,')).toEqual([]);
  });
});

describe('no note thanks its reader twice in the same words', () => {
  it.each(cases)('%s', (_, tone, by) => {
    const doubled = notesOf(tone, by).flatMap(({ kind, to, own }) =>
      thankedTwice(own).map((sentence) => `${kind} to ${to}: "${sentence}"`),
    );
    expect(doubled).toEqual([]);
  });
});

describe('a note after a no (and a call after one) thanks exactly once', () => {
  it.each(cases)('%s', (_, tone, by) => {
    const wrong = notesOf(tone, by)
      .filter(({ kind, own }) => kind === 'not-selected' || (kind === 'voicemail' && /considered for future/.test(own)))
      .flatMap(({ kind, to, own }) => {
        const thanks = own.match(THANK) ?? [];
        return thanks.length === 1 ? [] : [`${kind} to ${to}, ${thanks.length} thanks: ${own}`];
      });
    expect(wrong).toEqual([]);
  });
});

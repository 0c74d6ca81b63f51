// Our own phrases about the phone follow the user's English: a trial's American notes said "ring
// me on" and "you can reach me on", which no American writes. Every note of every kind, in every
// tone, to a panel that wrote, phoned and left no number (so the e-mail offers a call), and phoned
// with a number (so the note is a script), in American and in British English.
import { describe, expect, it } from 'vitest';
import { phrasesIn } from '../../../src/compose/dialect-phrases.js';
import type { DateStyle } from '../../../src/model/dates.js';
import { TONES } from '../../../src/model/types.js';
import { ownWords, pharmacistPanel } from './every-state.js';

const NAMES = ['Ann Lee', 'Bo Chen', 'Cy Dunn', 'Di Eve', 'Ed Fox'];
const STYLES: Readonly<Record<'British' | 'American', DateStyle>> = {
  British: { locale: 'en-GB', today: null, dialect: 'British' },
  American: { locale: 'en-US', today: null, dialect: 'American' },
};

/** Every sentence of every note in `dialect`. */
function sentencesIn(dialect: 'British' | 'American'): string[] {
  return TONES.flatMap((tone) =>
    (['email', 'phoned', 'phone'] as const).flatMap((way) => {
      const by = way === 'phone' ? 'phone' : 'email';
      const panel = pharmacistPanel(NAMES, by, () => ({
        topics: ['the weekend rota'],
        ...(way === 'phoned' ? { medium: 'phone' as const } : {}),
      }));
      return [...ownWords(panel, by, tone, STYLES[dialect])].flatMap(({ own }) => own.split(/(?<=[.!?])\s+|\n+/));
    }),
  );
}

const BRITISH_ONLY = /\bring(ing)? me\b|\bringing\b|\b(me|reached) on \+?\d|\bI am on \+?\d|\ba lot on\b|\bin future\b/;
const AMERICAN_ONLY = /\b(me|reached) at \+?\d|\bI am at \+?\d|\ba lot going on\b|\bin the future\b|\bcall me at\b/;

describe('phrases about the phone in the user’s English', () => {
  it('American notes say "call me at" and "reach me at", never "ring me on" or "reach me on"', () => {
    const sentences = sentencesIn('American');
    expect(sentences.filter((sentence) => BRITISH_ONLY.test(sentence))).toEqual([]);
    // The notes do offer a call and give the number, so the test looks at the phrases it means.
    expect(sentences.some((sentence) => /\bcall me at \+?\d/.test(sentence))).toBe(true);
    expect(sentences.some((sentence) => /\breach me at \d/.test(sentence))).toBe(true);
  });

  it('British notes say "ring me on" and "reach me on", never "call me at" or "reach me at"', () => {
    const sentences = sentencesIn('British');
    expect(sentences.filter((sentence) => AMERICAN_ONLY.test(sentence))).toEqual([]);
    expect(sentences.some((sentence) => /\bring me on \d/.test(sentence))).toBe(true);
    expect(sentences.some((sentence) => /\breach me on \d/.test(sentence))).toBe(true);
  });

  it('Canadian English says a number as American does; Indian English calls "on" it', () => {
    expect(phrasesIn('Canadian')).toEqual(phrasesIn('American'));
    expect(phrasesIn('Indian')).toMatchObject({ at: 'on', call: 'call', inTheFuture: 'in future' });
  });
});

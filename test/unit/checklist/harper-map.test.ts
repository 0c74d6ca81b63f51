import { describe, expect, it } from 'vitest';
import type { RawLint } from '../../../src/checklist/harper-map.js';
import { isNameGuess } from '../../../src/checklist/spell-names.js';

const lintOf = (text: string, word: string, kind = 'Spelling'): RawLint => {
  const start = text.indexOf(word);
  return { start, end: start + word.length, kind, message: '', problem: word, suggestions: [] };
};

describe('isNameGuess (spelling without an interview)', () => {
  it.each([
    ['Hi Priya, thanks.', 'Priya', true],
    ["It was Priya's idea.", "Priya's", true],
    ['Priya,\n\nThanks.', 'Priya', true],
    ['Thanks.\n\nBest,\nJordan', 'Jordan', true],
    ['It was great. Teh team was kind.', 'Teh', false],
    ['Teh team was kind.', 'Teh', false],
    ['Thanks.\n\nTeh team was kind.', 'Teh', false],
    ['It was TEH best.', 'TEH', false],
    ['I liked the iPhnoe demo.', 'iPhnoe', false],
    ['It was definately fun.', 'definately', false],
  ])('%j: %s -> %s', (text, word, expected) => {
    expect(isNameGuess(text, lintOf(text, word))).toBe(expected);
  });

  it('is never a grammar finding', () => {
    expect(isNameGuess('Hi Priya, thanks.', lintOf('Hi Priya, thanks.', 'Priya', 'Grammar'))).toBe(false);
  });
});

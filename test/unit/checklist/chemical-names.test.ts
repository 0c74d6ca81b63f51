// The shapes of chemical names (chemical-names.ts), on lints written by hand.
import { describe, expect, it } from 'vitest';
import { isChemicalName } from '../../../src/checklist/chemical-names.js';
import type { RawLint } from '../../../src/checklist/harper-map.js';

const lintOn = (text: string, word: string): RawLint => {
  const start = text.indexOf(word);
  return { start, end: start + word.length, rule: 'SpellCheck', kind: 'Spelling', message: '', problem: word, suggestions: [] };
};

describe('isChemicalName', () => {
  it.each([
    ['We clean the frames with oxalic acid.', 'oxalic'],
    ['Formic, lactic or oxalic acids all work.', 'Formic'],
    ['We dose potassium sorbate at bottling.', 'sorbate'],
    ['The brewer tastes for acetoin.', 'acetoin'],
    ['Fish smell of trimethylamine.', 'trimethylamine'],
  ])('takes the word in %j for a chemical', (text, word) => expect(isChemicalName(text, lintOn(text, word))).toBe(true));

  it.each([
    ['I keep some oxalic in the shed.', 'oxalic'],
    ['The sorbate was fine.', 'sorbate'],
    ['It was a fantastc acid test of my skills.', 'fantastc'],
    ['I was exctied about the role.', 'exctied'],
    ['The methode we used was new.', 'methode'],
  ])('does not take the word in %j for one', (text, word) => expect(isChemicalName(text, lintOn(text, word))).toBe(false));
});

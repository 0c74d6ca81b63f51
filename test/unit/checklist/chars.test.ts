import { describe, expect, it } from 'vitest';
import {
  firstWholeWord,
  isWholeWords,
  lettersOf,
  startsLikeName,
  startsUpper,
  wholeWordMatches,
  withoutMarks,
  wordPattern,
} from '../../../src/checklist/chars.js';
import { phrasePattern, wordsOf } from '../../../src/checklist/text.js';

const texts = (text: string) => wordsOf(text).map((word) => word.text);

describe('wordsOf', () => {
  it('keeps apostrophes, hyphens, slashes and dots inside words only', () => {
    expect(texts("Priya's on-call CI/CD v2.1 rota. Done- 'quoted'")).toEqual([
      "Priya's",
      'on-call',
      'CI/CD',
      'v2.1',
      'rota',
      'Done',
      'quoted',
    ]);
  });

  it('reads names in any script, with combining marks and astral letters', () => {
    expect(texts('王伟, Nguyễn, Zoë, José (decomposed: Jose\u0301), 𠀋𠀌 and 😀')).toEqual([
      '王伟',
      'Nguyễn',
      'Zoë',
      'José',
      'decomposed',
      'Jose\u0301',
      '𠀋𠀌',
      'and',
    ]);
  });

  it('gives offsets into the text, from and to a range', () => {
    const text = 'Hi 王伟, thanks — Zoë';
    const words = wordsOf(text, 3, 10);
    expect(words.map((word) => [word.text, word.start, word.end])).toEqual([
      ['王伟', 3, 5],
      ['thanks', 7, 13],
    ]);
    expect(wordsOf(text).at(-1)).toEqual({ start: 16, end: 19, text: 'Zoë' });
  });
});

describe('whole words', () => {
  it('rejects a match with a letter or digit of any script beside it', () => {
    expect(isWholeWords('the rude reply', 4, 8)).toBe(true);
    expect(isWholeWords('crude oil', 1, 5)).toBe(false);
    expect(isWholeWords('rude王', 0, 4)).toBe(false);
    expect(isWholeWords('王rude', 1, 5)).toBe(false);
    expect(isWholeWords('𠀋rude', 2, 6)).toBe(false);
    expect(isWholeWords('rude2', 0, 4)).toBe(false);
    expect(isWholeWords('“rude”', 1, 5)).toBe(true);
    expect(isWholeWords('😀rude😀', 2, 6)).toBe(true);
  });

  it('lets a longer alternative win where a shorter one would end inside a word', () => {
    const pattern = new RegExp(wordPattern('thank|thanks|grateful'), 'gi');
    expect(wholeWordMatches(pattern, 'Thanks again, and I am grateful.').map((match) => match[0])).toEqual([
      'Thanks',
      'grateful',
    ]);
  });

  it('goes on after a match inside a word, as a lookbehind would', () => {
    const pattern = new RegExp(wordPattern(phrasePattern('you all')), 'gi');
    const found = wholeWordMatches(pattern, 'thank you allies; thank-you all, and YOU   ALL');
    expect(found.map((match) => [match.index, match[0]])).toEqual([
      [24, 'you all'],
      [37, 'YOU   ALL'],
    ]);
  });

  it('finds the first whole-word match with a non-global pattern too', () => {
    expect(firstWholeWord(/asap/i, 'Asaph wrote: reply asap')?.index).toBe(19);
    expect(firstWholeWord(/asap/i, 'Asaph')).toBeNull();
  });
});

describe('letters and case', () => {
  it('starts like a name: a capital, or a letter of a script without case', () => {
    expect(['Priya', 'Émile', 'ǅemal', '王伟', 'Ωmega'].map(startsLikeName)).toEqual([true, true, true, true, true]);
    expect(['priya', 'ßtraße', '1st', '—', ''].map(startsLikeName)).toEqual([false, false, false, false, false]);
  });

  it('starts upper: only a letter with case', () => {
    expect(['Priya', 'Émile', '王伟', 'priya'].map(startsUpper)).toEqual([true, true, false, false]);
  });

  it('keeps only letters, and drops combining marks', () => {
    expect(lettersOf('CALL!! ME-2 Zoë')).toBe('CALLMEZoë');
    expect(withoutMarks('Jose\u0301 Nguye\u0302\u0303n')).toBe('Jose Nguyen');
  });
});

// Letters struck at random are reported, though they are as far from every English word as a
// trade's term is (random-letters.ts); the terms stay quiet.
import { describe, expect, it } from 'vitest';
import { knownWordsFor } from '../../../src/checklist/known-words.js';
import { isRandomLetters } from '../../../src/checklist/random-letters.js';
import { ACME } from './sample.js';
import { spellCheckerForFile } from './worker-build.js';

describe('isRandomLetters', () => {
  it.each(['sdfgh', 'lkjhg', 'zxcvb', 'poiuyt', 'qzvop', 'bxqelt', 'fjdksla', 'hjklm', 'ghtrwbnk'])('%s is random', (word) => {
    expect(isRandomLetters(word)).toBe(true);
  });

  it.each([
    'kubectl',
    'headquarters',
    'property',
    'strewn',
    'lengths',
    'twelfths',
    'fjord',
    'hajj',
    'Uzbek',
    'exsanguinate',
    'faqs',
    'mysql',
    'Wojciech',
    'Lindqvist',
    'purlins',
    'haematoma',
    'abc',
  ])('%s is a word', (word) => {
    expect(isRandomLetters(word)).toBe(false);
  });
});

const spellChecker = spellCheckerForFile();
const words = knownWordsFor({ interview: ACME, to: 'Priya Raghunathan' });
const spelling = async (text: string) =>
  (await spellChecker().lint(text, words)).filter((finding) => finding.rule === 'spelling').map((finding) => finding.excerpt);

describe('spelling on letters struck at random', () => {
  it('reports them, where a term far from every word is left alone', async () => {
    const text = 'I debugged the cluster with kubectl, and the sdfgh review and the qzvop plan went well.';
    expect(await spelling(text)).toEqual(['sdfgh', 'qzvop']);
  });
});

// wordsOf (text.ts) keeps its last answers: a long prose's words must outlast the splitting of
// its sentences, which the tone scorer does for every sentence between two rules that read the
// whole prose (on a 1 MB draft, each new split of it is 170,000 words made again).
import { describe, expect, it } from 'vitest';
import { sentencesOf, wordsOf } from '../../../src/checklist/text.js';

describe('wordsOf', () => {
  it('keeps a long prose’s words while its sentences are split', () => {
    const prose = Array.from({ length: 200 }, (_, n) => `The team reviewed schedule ${n} before the audit.`).join(' ');
    const words = wordsOf(prose);
    expect(words.length).toBe(1600);
    for (const sentence of sentencesOf(prose).slice(0, 50)) wordsOf(sentence.text);
    expect(wordsOf(prose)).toBe(words);
  });

  it('gives a short text the same words, kept or not', () => {
    const text = 'Thanks, Priya: the lab tour was great.';
    const first = wordsOf(text).map((word) => word.text);
    for (let n = 0; n < 20; n += 1) wordsOf(`${text} ${n}`);
    expect(wordsOf(text).map((word) => word.text)).toEqual(first);
    expect(first).toEqual(['Thanks', 'Priya', 'the', 'lab', 'tour', 'was', 'great']);
  });
});

// A phrase list leaves out each top-level alternative of a pattern whose anchors a note lacks
// (src/checklist/phrase-list.ts). In a file of its own: the lists made here join the anchor table
// of this module graph, which phrase-list.test.ts compares with the rules' patterns.
import { describe, expect, it } from 'vitest';
import { wholeWordMatches, wordPattern } from '../../../src/checklist/chars.js';
import { PhraseList, alternativeAnchors, anchorsOf } from '../../../src/checklist/phrase-list.js';

describe('alternativeAnchors', () => {
  it('gives each top-level alternative the anchors it has alone', () => {
    const source = String.raw`\bno\s+thanks\b|\bdodged\s+a\s+bullet\b|\s+`;
    expect(alternativeAnchors(source)).toEqual([[[' thanks '], [' no ']], [[' dodged '], [' bullet '], [' a ']], null]);
    expect(alternativeAnchors(String.raw`I\s+(?:need|demand)`)).toEqual([anchorsOf(String.raw`I\s+(?:need|demand)`)]);
  });
});

describe('PhraseList', () => {
  it('finds what the whole pattern finds with an alternative whose anchors the text lacks left out', () => {
    // "glad" keeps the first alternative in play; "dodged a bullet" is not in the text.
    const pattern = String.raw`\bglad\s+(?:that\s+)?i\s+(?:didn't|did\s+not)\s+get\s+it\b|\bdodged\s+a\s+bullet\b`;
    const text = "I was glad I didn't get it, in the end. Glad that I did not get it!";
    const whole = new RegExp(wordPattern(`(?:${pattern})`), 'gi');
    const expected = wholeWordMatches(whole, text).map((match) => [match.index, match[0]]);
    expect(expected).toEqual([
      [6, "glad I didn't get it"],
      [40, 'Glad that I did not get it'],
    ]);
    expect(new PhraseList([pattern, String.raw`\bbullet\b`]).matches(text).map((match) => [match.index, match[0]])).toEqual(
      expected,
    );
  });
});

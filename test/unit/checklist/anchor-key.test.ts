// The keys of the build's anchor table (src/checklist/phrase-list.ts): short patterns are their own
// key, long ones a length and two ends, and two patterns the table cannot tell apart stop the build.
// In a file of its own: the lists made here join the table of this module graph.
import { expect, it } from 'vitest';
import { PhraseList, alternativeAnchors, anchorKey, phraseAnchorTable } from '../../../src/checklist/phrase-list.js';

const LONG = `thank\\s+you\\s+(?:so\\s+much\\s+)?for\\s+(?:the|your)\\s+(?:time|patience)\\s+(?:yesterday|today)`;

it('keys a pattern of 64 characters or fewer by itself', () => {
  const short = 'x'.repeat(64);
  expect([anchorKey('gift\\s+baskets?'), anchorKey(short)]).toEqual(['gift\\s+baskets?', short]);
});

it('keys a longer pattern by its length and its first and last 32 characters', () => {
  expect(LONG.length).toBe(91);
  expect(anchorKey(LONG)).toBe(`91:${LONG.slice(0, 32)}${LONG.slice(-32)}`);
  expect(anchorKey(`${'x'.repeat(65)}`)).toBe(`65:${'x'.repeat(64)}`);
});

it('holds each pattern under its key, and refuses two long patterns that share one', () => {
  new PhraseList([LONG]);
  expect(phraseAnchorTable()[anchorKey(LONG)]).toEqual(alternativeAnchors(LONG));
  // The same length and ends, another middle: the table could give one the other's anchors.
  const twin = LONG.replace('(?:the|your)', '(?:our|your)');
  expect([twin.length, anchorKey(twin)]).toEqual([LONG.length, anchorKey(LONG)]);
  new PhraseList([twin]);
  expect(() => phraseAnchorTable()).toThrow(/share the anchor key/);
});

// What the build's anchor table holds (scripts/phrase-anchors-entry.ts), in a module graph of its
// own, as the build loads it: no rule has checked a note, so the lists the rules make per note
// have only what the entry makes. A pattern missing here is read for its anchors on every run.
import { expect, it } from 'vitest';
import { table } from '../../../scripts/phrase-anchors-entry.js';
import { alternativeAnchors, anchorKey } from '../../../src/checklist/phrase-list.js';
import { BEHALF_GRAMMAR } from '../../../src/checklist/rules/behalf-grammar.js';
import { GIFT_GRAMMAR } from '../../../src/checklist/rules/gift-grammar.js';
import { GIMMICKS, THIRD_PARTY } from '../../../src/checklist/rules/gimmick.js';
import { BROAD_PATTERNS } from '../../../src/checklist/rules/sentence-matches.js';

it.each(Object.entries({ BEHALF_GRAMMAR, GIFT_GRAMMAR, GIMMICKS, THIRD_PARTY, BROAD_PATTERNS }))(
  'holds every pattern of %s with its anchors',
  (_name, patterns) => {
    expect(patterns.length).toBeGreaterThan(0);
    for (const pattern of patterns) expect(table[anchorKey(pattern)], pattern).toEqual(alternativeAnchors(pattern));
  },
);

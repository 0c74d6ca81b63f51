// Recall and precision of the whole checklist (spelling and grammar included) on the labelled
// corpus in test/fixtures/corpus. The floors are what the checklist reaches today, set so that
// a regression in any rule fails here.
import { beforeAll, expect, it } from 'vitest';
import { formatScore, type CorpusScore } from './corpus-lib.js';
import { corpusEntries, scoreWithSpelling } from './corpus-run.js';

const entries = corpusEntries('corpus');
let score: CorpusScore;

beforeAll(async () => {
  score = await scoreWithSpelling(entries);
}, 600_000);

it('has at least 60 drafts, good ones and planted mistakes of every rule', () => {
  expect(entries.length).toBeGreaterThanOrEqual(60);
  expect(score.good).toBeGreaterThanOrEqual(20);
  expect(score.rules.filter((rule) => rule.expected < 2).map((rule) => rule.rule)).toEqual([]);
});

it('raises nothing at all on the good drafts', () => {
  expect(score.falseOnGood, formatScore(score)).toEqual([]);
});

it('finds at least 90% of planted mistakes with at least 90% precision overall', () => {
  expect(score.overall.recall, formatScore(score)).toBeGreaterThanOrEqual(0.9);
  expect(score.overall.precision, formatScore(score)).toBeGreaterThanOrEqual(0.9);
});

it('keeps every rule at or above its floor', () => {
  const below = score.rules.filter((rule) => rule.recall < FLOOR.recall || rule.precision < FLOOR.precision);
  expect(
    below.map((rule) => rule.rule),
    formatScore(score),
  ).toEqual([]);
});

/** Per rule: with two to four planted cases each, one miss is the most a rule may have. */
const FLOOR = { recall: 0.66, precision: 0.66 } as const;

// A second labelled corpus, test/fixtures/corpus-heldout, written after the rules and kept out
// of their tuning: new wording for the same mistakes, other interviews, other styles of good
// note. It says how the checklist does on text it was not shaped around, so its floors are lower
// than the main corpus's, and a miss here is reported, not patched into a phrase list.
import { beforeAll, expect, it } from 'vitest';
import { formatScore, type CorpusScore } from './corpus-lib.js';
import { corpusEntries, scoreWithSpelling } from './corpus-run.js';

const entries = corpusEntries('corpus-heldout');
let score: CorpusScore;

beforeAll(async () => {
  score = await scoreWithSpelling(entries);
}, 120_000);

it('has good drafts and planted mistakes', () => {
  expect(entries.length).toBeGreaterThanOrEqual(20);
  expect(score.good).toBeGreaterThanOrEqual(6);
});

it('raises no error on a good draft it has not seen', () => {
  const errors = score.falseOnGood.filter((line) => line.includes('(error)'));
  expect(errors, formatScore(score)).toEqual([]);
});

// What it reaches today on text written after the rules (see the issue notes for each miss):
// the floors catch a regression without pretending the lists know every phrasing.
it('finds at least 75% of the planted mistakes with at least 75% precision', () => {
  expect(score.overall.recall, formatScore(score)).toBeGreaterThanOrEqual(0.75);
  expect(score.overall.precision, formatScore(score)).toBeGreaterThanOrEqual(0.75);
});

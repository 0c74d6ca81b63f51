// A second labelled corpus, test/fixtures/corpus-heldout, written after the rules and kept out
// of their tuning: new wording for the same mistakes, other interviews, other styles of good
// note. It says how the checklist does on text it was not shaped around, so its floors are lower
// than the main corpus's, and a miss here is reported, not patched into a phrase list.
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { checkNote } from '../../../src/checklist/check-note.js';
import { knownWordsFor } from '../../../src/checklist/known-words.js';
import { mergeFindings } from '../../../src/checklist/merge.js';
import { parseDraft } from '../../../src/checklist/draft.js';
import { startSpellChecker, type SpellChecker } from '../../../src/checklist/spell.js';
import { formatScore, loadCorpus, scoreCorpus, type CorpusScore } from './corpus-lib.js';
import { buildTestWorker } from './worker-build.js';

const entries = loadCorpus(resolve(import.meta.dirname, '../../fixtures/corpus-heldout'), resolve(import.meta.dirname, '../../fixtures/interviews'));
let spell: SpellChecker;
let score: CorpusScore;

beforeAll(async () => {
  spell = startSpellChecker({ workerUrl: await buildTestWorker() });
  score = await scoreCorpus(entries, async (entry) => {
    const draft = parseDraft(entry.text);
    return mergeFindings(checkNote(draft, entry.context), await spell.lint(draft, knownWordsFor(entry.context)));
  });
}, 120_000);
afterAll(() => spell?.close());

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

// Recall and precision of the whole checklist (spelling and grammar included) on the labelled
// corpus in test/fixtures/corpus. The floors are what the checklist reaches today, set so that
// a regression in any rule fails here.
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { checkNote } from '../../../src/checklist/check-note.js';
import { knownWordsFor } from '../../../src/checklist/known-words.js';
import { mergeFindings } from '../../../src/checklist/merge.js';
import { parseDraft } from '../../../src/checklist/draft.js';
import { startSpellChecker, type SpellChecker } from '../../../src/checklist/spell.js';
import { formatScore, loadCorpus, scoreCorpus, type CorpusScore } from './corpus-lib.js';
import { buildTestWorker } from './worker-build.js';

const entries = loadCorpus(resolve(import.meta.dirname, '../../fixtures/corpus'), resolve(import.meta.dirname, '../../fixtures/interviews'));
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
  expect(below.map((rule) => rule.rule), formatScore(score)).toEqual([]);
});

/** Per rule: with two to four planted cases each, one miss is the most a rule may have. */
const FLOOR = { recall: 0.66, precision: 0.66 } as const;

// The held-out corpora, every test/fixtures/corpus-heldout* folder: written after the rules and
// kept out of their tuning (new wording for the same mistakes, other trades, other styles of good
// note). They say how the checklist does on text it was not shaped around, so a miss here is
// reported, not patched into a rule, and failures print the table only, never a held-out draft's
// words. `npm run bench:checklist` prints each one's figures per rule.
import { beforeAll, describe, expect, it } from 'vitest';
import { formatScore, type CorpusScore } from './corpus-lib.js';
import { corpusEntries, HELD_OUT, scoreWithSpelling } from './corpus-run.js';

/**
 * Floors against regressions, each set to what the checklist reached when the folder arrived,
 * before anyone looked at its drafts, and never raised by tuning on them. A new folder has none
 * until its first figures are recorded here: it is scored and printed, and must parse.
 */
const FLOORS: Readonly<Record<string, { readonly recall: number; readonly precision: number; readonly errorsOnGood: number }>> = {
  'corpus-heldout': { recall: 0.75, precision: 0.75, errorsOnGood: 0 },
  // Arrived with 108 drafts in other trades; first figures 81% recall, 52% precision, 1 error on
  // the 44 good drafts (see the report of the change that added this line).
  'corpus-heldout-2': { recall: 0.78, precision: 0.48, errorsOnGood: 1 },
  // Arrived with 119 drafts in ten more trades, written blind; first figures 85% recall, 45%
  // precision, no error on the 48 good drafts (99 warnings and notes on them, 64 of them spelling).
  'corpus-heldout-3': { recall: 0.83, precision: 0.42, errorsOnGood: 0 },
  // Arrived with 135 drafts in eleven more trades, written blind; first figures 83% recall, 58%
  // precision, 7 errors on the 60 good drafts (6 of them name-mismatch). The checklist of the
  // stop before scored it 81%, 50%, 8 errors: see the report of the change that added this line.
  'corpus-heldout-4': { recall: 0.8, precision: 0.55, errorsOnGood: 7 },
  // Arrived with 167 drafts in twelve more trades, written blind; the checklist of the day it
  // arrived scored 81% recall, 57% precision, no error on the 75 good drafts (39 warnings on them,
  // 17 of them missing-prior). Scored again after that stop's rule changes: 87%, 62%, no error.
  'corpus-heldout-5': { recall: 0.79, precision: 0.55, errorsOnGood: 0 },
  // Arrived with 166 drafts in thirteen more trades, written blind while this stop's rule changes
  // were made elsewhere; the checklist of the day it arrived (before them) scored 84% recall, 69%
  // precision, no error on the 73 good drafts (20 warnings on them, 15 of them spelling).
  'corpus-heldout-6': { recall: 0.82, precision: 0.67, errorsOnGood: 0 },
  // Arrived with 188 drafts in eleven more trades, written blind; the checklist of the day it
  // arrived (before that stop's rule changes) scored 85% recall, 47% precision, no error on the 82
  // good drafts (49 warnings on them, 54 of all false findings generic-subject).
  'corpus-heldout-7': { recall: 0.83, precision: 0.45, errorsOnGood: 0 },
  // Arrived with 124 drafts in ten more trades, written blind; the checklist of the day it arrived
  // (before that stop's rule changes) scored 90% recall, 79% precision, no error on the 45 good
  // drafts (10 warnings on them, 11 of all false findings spelling). Its writer and corpus-dev-5's,
  // working at the same time, chose five of the same trades (organ building, watchmaking,
  // sailmaking, wind turbines, commercial diving): on those, tuning against corpus-dev-5 can
  // reach it, so its later figures are less independent than its first. Precision floor 0.76,
  // not 0.77: the same stop's new tone-scathing shapes (scorn without a judgement word, piled
  // cues, over-familiar address) raised its recall to 91% and cost one more warning on its good
  // drafts (77% printed, just under 0.77), a trade made on the development corpora, not on it.
  'corpus-heldout-8': { recall: 0.88, precision: 0.76, errorsOnGood: 0 },
  // Arrived with 125 drafts in ten more trades, written blind; the checklist of the day it arrived
  // (before that stop's rule changes) scored 89% recall, 85% precision, no error on the 42 good
  // drafts (3 warnings on them). Its weakest rule on arrival was tone-scathing (2 of 9 found).
  'corpus-heldout-9': { recall: 0.87, precision: 0.83, errorsOnGood: 0 },
  // Arrived with 158 drafts in ten more trades, written blind; the checklist of the day it arrived
  // (before that stop's rule changes) scored 89% recall, 87% precision, no error on the 50 good
  // drafts (5 warnings on them). Its writer saw corpus-dev-7's trade names in a file listing and
  // replaced the five it shared with them. Weakest on arrival: medium-mismatch (0 of 3),
  // tone-scathing and gimmick (half found).
  'corpus-heldout-10': { recall: 0.88, precision: 0.86, errorsOnGood: 0 },
  // Arrived with 76 drafts in six more trades, written blind; the checklist of the day it arrived
  // (before that stop's rule changes) scored 93% recall, 81% precision, no error on the 24 good
  // drafts (4 warnings on them). Weakest on arrival: tone-scathing (1 of 5 found).
  'corpus-heldout-11': { recall: 0.91, precision: 0.79, errorsOnGood: 0 },
};

describe.each(HELD_OUT)('%s', (folder) => {
  const entries = corpusEntries(folder);
  const floor = FLOORS[folder];
  let score: CorpusScore;

  beforeAll(async () => {
    score = await scoreWithSpelling(entries);
  }, 600_000);

  it('has good drafts and planted mistakes', () => {
    expect(entries.length).toBeGreaterThanOrEqual(20);
    expect(score.good).toBeGreaterThanOrEqual(6);
  });

  it.runIf(floor)('raises no more errors on good drafts than when it arrived', () => {
    const errors = score.falseOnGood.filter((line) => line.includes('(error)')).length;
    expect(errors, formatScore(score, false)).toBeLessThanOrEqual(floor!.errorsOnGood);
  });

  it.runIf(floor)('finds at least its floor of the planted mistakes, at its floor of precision', () => {
    expect(score.overall.recall, formatScore(score, false)).toBeGreaterThanOrEqual(floor!.recall);
    expect(score.overall.precision, formatScore(score, false)).toBeGreaterThanOrEqual(floor!.precision);
  });
});

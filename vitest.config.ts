import { availableParallelism } from 'node:os';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/**
 * The files that run longest, longest first (timed one file at a time; most of corpus.test.ts's
 * time is in its beforeAll). They start before the rest, so that no long file starts last and
 * leaves one core idle at the end of the run. After them, vitest's own order: longest first by
 * its cache of earlier runs, or largest file first in a clean clone.
 */
const LONGEST_FIRST = [
  'test/unit/checklist/corpus-heldout.test.ts',
  'test/unit/checklist/templates-pass.test.ts',
  'test/cli/worker-exit.test.ts',
  'test/unit/compose/every-note.test.ts',
  'test/unit/checklist/unseen-words.test.ts',
  'test/unit/checklist/corpus.test.ts',
  'test/cli/session-deps.test.ts',
  'test/e2e/kill-resume.test.ts',
  'test/cli/trial-run-checks.test.ts',
  'test/cli/store.test.ts',
];

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (file: TestSpecification) => {
      const at = LONGEST_FIRST.findIndex((name) => file.moduleId.endsWith(`/${name}`));
      return at === -1 ? LONGEST_FIRST.length : at;
    };
    // Array.prototype.sort is stable: the rest keep vitest's order.
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    globalSetup: ['test/helpers/build.ts', 'test/helpers/tools-notice.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // At least two files at a time: vitest's default is one fewer than the cores, so on the two
    // cores CI has it ran one file at a time and left a core idle whenever a test waited on the
    // CLI it started, on a terminal or on the spell checker's worker thread.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    sequence: { sequencer: LongestFirst },
    // The same calendar on every machine: UTC, and weekends as the only days off (no public
    // holidays from whatever locale the machine has; tests that want them say so), and dates
    // written as en_US writes them (LC_ALL and LC_TIME would override LANG, so they are emptied).
    env: { TZ: 'UTC', FOLLOWUP_COACH_COUNTRY: 'none', LANG: 'en_US.UTF-8', LC_ALL: '', LC_TIME: '' },
  },
});

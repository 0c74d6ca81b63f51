import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

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
    // The same calendar on every machine: UTC, and weekends as the only days off (no public
    // holidays from whatever locale the machine has; tests that want them say so), and dates
    // written as en_US writes them (LC_ALL and LC_TIME would override LANG, so they are emptied).
    env: { TZ: 'UTC', FOLLOWUP_COACH_COUNTRY: 'none', LANG: 'en_US.UTF-8', LC_ALL: '', LC_TIME: '' },
  },
});

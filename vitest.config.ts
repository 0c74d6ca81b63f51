import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    globalSetup: ['test/helpers/build.ts', 'test/helpers/tools-notice.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // The same calendar on every machine: UTC, and weekends as the only days off (no public
    // holidays from whatever locale the machine has; tests that want them say so).
    env: { TZ: 'UTC', FOLLOWUP_COACH_COUNTRY: 'none' },
  },
});

// vitest globalSetup: build the CLI once before any test runs it as a subprocess, so every
// test/cli and end-to-end test exercises exactly what `npm pack` ships. Skipped when the run
// is only unit tests (`vitest run test/unit/...`), which never start the built CLI; set
// FOLLOWUP_COACH_SKIP_BUILD=1 to skip it when dist/ is known to be fresh.
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';

const root = resolve(import.meta.dirname, '../..');

function onlyUnitTests(argv: readonly string[]): boolean {
  const filters = argv.slice(2).filter((arg) => !arg.startsWith('-') && arg !== 'run' && arg !== 'watch');
  return filters.length > 0 && filters.every((filter) => /^(\.\/)?test\/unit(\/|$)/.test(filter));
}

export default async function setup(): Promise<void> {
  if (process.env.FOLLOWUP_COACH_SKIP_BUILD === '1' || onlyUnitTests(process.argv)) return;
  try {
    await promisify(execFile)(process.execPath, [resolve(root, 'scripts/build.mjs')], { cwd: root });
  } catch (error) {
    const { stderr = '' } = error as { stderr?: string };
    throw new Error(`The CLI build failed, so the subprocess tests cannot run:\n${stderr}`);
  }
}

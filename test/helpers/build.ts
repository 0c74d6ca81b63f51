// vitest globalSetup: build the CLI once before any test runs it as a subprocess, so every
// test/cli and end-to-end test exercises exactly what `npm pack` ships. Skipped when the run
// is only unit tests (`vitest run test/unit/...`), which never start the built CLI, and when
// dist/ is newer than everything the build reads (`npm test` has just built it); set
// FOLLOWUP_COACH_SKIP_BUILD=1 to skip it regardless.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const root = resolve(import.meta.dirname, '../..');

/** What scripts/build.mjs reads from the repository; node_modules changes only with package-lock.json. */
const BUILD_INPUTS = ['src', 'templates', 'scripts', 'bin', 'package.json', 'package-lock.json', 'tsconfig.json'];

function onlyUnitTests(argv: readonly string[]): boolean {
  const filters = argv.slice(2).filter((arg) => !arg.startsWith('-') && arg !== 'run' && arg !== 'watch');
  return filters.length > 0 && filters.every((filter) => /^(\.\/)?test\/unit(\/|$)/.test(filter));
}

/** The oldest and newest modification time of the files under `path` (a file or a folder). */
function mtimes(path: string, into = { oldest: Number.POSITIVE_INFINITY, newest: 0 }): typeof into {
  if (!existsSync(path)) return into;
  const stat = statSync(path);
  if (stat.isDirectory()) {
    for (const entry of readdirSync(path)) mtimes(join(path, entry), into);
  } else {
    into.oldest = Math.min(into.oldest, stat.mtimeMs);
    into.newest = Math.max(into.newest, stat.mtimeMs);
  }
  return into;
}

/**
 * Whether every file of dist/ was written this year (the holiday tables span years from the
 * build's: scripts/holidays.mjs) and after the newest build input changed. The build swaps a
 * finished dist/ in whole (scripts/build.mjs), so a dist/ that exists is complete.
 */
export function distIsFresh(now = new Date()): boolean {
  const dist = mtimes(join(root, 'dist'));
  if (dist.newest === 0 || new Date(dist.oldest).getUTCFullYear() !== now.getUTCFullYear()) return false;
  const inputs = { oldest: Number.POSITIVE_INFINITY, newest: 0 };
  for (const input of BUILD_INPUTS) mtimes(join(root, input), inputs);
  return inputs.newest < dist.oldest;
}

export default async function setup(): Promise<void> {
  if (process.env.FOLLOWUP_COACH_SKIP_BUILD === '1' || onlyUnitTests(process.argv) || distIsFresh()) return;
  try {
    await promisify(execFile)(process.execPath, [resolve(root, 'scripts/build.mjs')], { cwd: root });
  } catch (error) {
    const { stderr = '' } = error as { stderr?: string };
    throw new Error(`The CLI build failed, so the subprocess tests cannot run:\n${stderr}`);
  }
}

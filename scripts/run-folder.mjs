// A scratch folder for one run of a development script, under node_modules/.cache (so bundles
// written there resolve the project's packages) and named by process id: two checkouts that
// share one node_modules (git worktrees with a symlink), or two runs at once, never build into
// or import each other's bundles. It is removed when the process exits.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** node_modules/.cache/NAME/PID, made now and removed at exit. */
export function runFolder(name) {
  const folder = join(root, 'node_modules', '.cache', name, String(process.pid));
  mkdirSync(folder, { recursive: true });
  process.on('exit', () => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

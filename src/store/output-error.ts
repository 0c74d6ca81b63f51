// The errors of a file (or a set of files) written where the user said: SaveErrors (exit 1,
// src/cli.ts) that name the path given and what to pass instead (output-messages.ts).
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Describe } from './atomic-write.js';
import { outputMessages as m, type OutputTarget } from './output-messages.js';
import { SaveError } from './save-error.js';

/** The nearest folder above `dir` that exists: the one a missing folder would be made in. */
function nearestFolder(dir: string): string {
  let parent = dirname(dir);
  while (!existsSync(parent) && dirname(parent) !== parent) parent = dirname(parent);
  return parent;
}

function codeOf(error: unknown): string {
  return String((error as NodeJS.ErrnoException | undefined)?.code ?? 'UNKNOWN');
}

function detailOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * How writes to `given` (the folder or file the user named with `target.flag`) fail: a folder
 * that cannot be made names itself; a file that cannot be written names itself, or for a folder
 * of files, the folder given.
 */
export function describeOutput(given: string, target: OutputTarget): Describe {
  return {
    folder: (error, dir) => {
      const { reason, fix } = m.explain(codeOf(error), dir, detailOf(error), target, nearestFolder(dir));
      return new SaveError(reason, dir, fix, codeOf(error), m.cannotCreate(dir, reason));
    },
    file: (error, path) => {
      if (error instanceof SaveError) return error;
      const shown = target.takes === 'folder' ? given : path;
      const { reason, fix } = m.explain(codeOf(error), shown, detailOf(error), target);
      const message = target.takes === 'folder' ? m.cannotWriteInto(given, reason) : m.cannotWrite(path, reason);
      return new SaveError(reason, shown, fix, codeOf(error), message);
    },
  };
}

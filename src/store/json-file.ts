// One JSON file through conf: 0600, atomic writes, a fresh read every time (other processes
// write too), and a damaged file reported as `CorruptFileError` instead of conf's bare
// SyntaxError, so the store can move it aside instead of losing it.
import Conf from 'conf';
import { existsSync, mkdirSync, renameSync } from 'node:fs';

export class CorruptFileError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'CorruptFileError';
  }
}

export interface JsonFileOptions {
  /** The folder; conf's per-user config folder for `followup-coach` when absent. */
  readonly dir: string | undefined;
  readonly name: string;
  /** Why a parsed value cannot be used, or null. */
  readonly problem?: (value: unknown) => string | null;
}

export interface JsonFile {
  readonly path: string;
  /** The parsed file; `{}` when it does not exist. Throws CorruptFileError. */
  read(): Record<string, unknown>;
  write(value: Record<string, unknown>): void;
}

export function openJsonFile(options: JsonFileOptions): JsonFile {
  // conf reads the file in its constructor and throws on bad JSON; reading leniently there and
  // strictly afterwards lets the store open a damaged file and then decide what to do with it.
  let lenient = true;
  const deserialize = (text: string): Record<string, unknown> => {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      if (lenient) return {};
      throw new CorruptFileError(`not valid JSON: ${(error as Error).message}`);
    }
    const problem = options.problem?.(value) ?? null;
    if (problem !== null) {
      if (lenient) return {};
      throw new CorruptFileError(problem);
    }
    return value as Record<string, unknown>;
  };
  if (options.dir !== undefined) mkdirSync(options.dir, { recursive: true, mode: 0o700 });
  const conf = new Conf<Record<string, unknown>>({
    ...(options.dir === undefined ? { projectName: 'followup-coach', projectSuffix: '' } : { cwd: options.dir }),
    configName: options.name,
    configFileMode: 0o600,
    accessPropertiesByDotNotation: false,
    deserialize,
  });
  lenient = false;
  return {
    path: conf.path,
    read: () => conf.store,
    write: (value) => {
      conf.store = value;
    },
  };
}

/** `file.corrupt-2026-11-26T17-50-00` (UTC), never overwriting an earlier backup. */
export function moveAside(file: string, now: Date): string {
  const stamp = now.toISOString().slice(0, 19).replaceAll(':', '-');
  let backup = `${file}.corrupt-${stamp}`;
  for (let n = 2; existsSync(backup); n += 1) backup = `${file}.corrupt-${stamp}-${n}`;
  renameSync(file, backup);
  return backup;
}

// One JSON file: 0600, atomic writes through conf, a fresh read every time (other processes
// write too), and a damaged file reported as `CorruptFileError` instead of a bare SyntaxError,
// so the store can move it aside instead of losing it. Reading needs no conf: a command that only
// reads (`regen --print`, `list`) never loads it and what it brings (crypto, assert, signal
// handlers); conf comes in with the first write.
import envPaths from 'env-paths';
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type Conf from 'conf';

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
  write(value: Record<string, unknown>): Promise<void>;
}

/** The file's path: `<dir>/<name>.json`, or conf's per-user config folder when there is no dir. */
export function jsonFilePath(options: Pick<JsonFileOptions, 'dir' | 'name'>): string {
  const dir = options.dir ?? envPaths('followup-coach', { suffix: '' }).config;
  return resolve(dir, `${options.name}.json`);
}

export function openJsonFile(options: JsonFileOptions): JsonFile {
  const path = jsonFilePath(options);
  const parse = (text: string): Record<string, unknown> => {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new CorruptFileError(`not valid JSON: ${(error as Error).message}`);
    }
    const problem = options.problem?.(value) ?? null;
    if (problem !== null) throw new CorruptFileError(problem);
    return value as Record<string, unknown>;
  };
  if (options.dir !== undefined) mkdirSync(options.dir, { recursive: true, mode: 0o700 });
  let conf: Promise<Conf<Record<string, unknown>>> | undefined;
  return {
    path,
    read: () => {
      let text: string;
      try {
        text = readFileSync(path, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
        throw error;
      }
      return parse(text);
    },
    write: async (value) => {
      conf ??= openConf(path);
      (await conf).store = value;
    },
  };
}

/**
 * conf on `path`, for writing. Its constructor reads the file and throws on bad JSON; it reads
 * leniently here, since the store has already read the file strictly and decided about it.
 */
async function openConf(path: string): Promise<Conf<Record<string, unknown>>> {
  const { default: Conf } = await import('conf');
  return new Conf<Record<string, unknown>>({
    cwd: dirname(path),
    configName: basename(path, '.json'),
    configFileMode: 0o600,
    accessPropertiesByDotNotation: false,
    deserialize: (text: string) => {
      try {
        return JSON.parse(text) as Record<string, unknown>;
      } catch {
        return {};
      }
    },
  });
}

/** `file.corrupt-2026-11-26T17-50-00` (UTC), never overwriting an earlier backup. */
export function moveAside(file: string, now: Date): string {
  const stamp = now.toISOString().slice(0, 19).replaceAll(':', '-');
  let backup = `${file}.corrupt-${stamp}`;
  for (let n = 2; existsSync(backup); n += 1) backup = `${file}.corrupt-${stamp}-${n}`;
  renameSync(file, backup);
  return backup;
}

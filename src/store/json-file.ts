// One JSON file: 0600, replaced whole or not at all (atomic-write.ts, which took over from
// conf's writer: see there why), a fresh read every time (other processes write too), and a
// damaged file reported as `CorruptFileError` instead of a bare SyntaxError, so the store can
// move it aside instead of losing it.
import envPaths from 'env-paths';
import { chmodSync, closeSync, constants, existsSync, fstatSync, lstatSync, openSync, readFileSync, renameSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CliError } from '../cli/errors.js';
import { syncFolder, writeFileAtomic } from './atomic-write.js';
import { SaveError } from './save-error.js';
import { findJsonSyntaxError } from '../model/json-syntax.js';
import { readMessages } from './read-messages.js';
import { saveMessages } from './save-messages.js';

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
  writeNow(value: Record<string, unknown>): void;
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
    } catch {
      // Where, never what: the text may be anything, and V8's message quotes it.
      const at = findJsonSyntaxError(text);
      throw new CorruptFileError(at === null ? readMessages.notJson : readMessages.notJsonAt(at.line, at.column));
    }
    const problem = options.problem?.(value) ?? null;
    if (problem !== null) throw new CorruptFileError(problem);
    return value as Record<string, unknown>;
  };
  return {
    path,
    read: () => {
      const text = readOwnFile(path);
      return text === null ? {} : parse(text);
    },
    write: async (value) => {
      writeFileAtomic(path, JSON.stringify(value, undefined, '\t'));
    },
    writeNow: (value) => writeFileAtomic(path, JSON.stringify(value, undefined, '\t')),
  };
}

/**
 * The text of the file at `path`, or null when there is none. Only a regular file is read: a
 * symbolic link is refused, not followed (it could point at any file of the user's, whose bytes
 * would then be quoted, moved and chmod-ed as ours; and writes never go through one, see
 * atomic-write.ts), and a folder, FIFO or device is refused without waiting on it.
 */
function readOwnFile(path: string): string | null {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    if (code === 'ELOOP' && isLink(path))
      throw new CliError(readMessages.cannotRead(path, readMessages.link), readMessages.linkFix(path));
    throw cannotRead(error, path);
  }
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) throw new CliError(readMessages.cannotRead(path, readMessages.folder), readMessages.folderFix(path));
    if (!stats.isFile())
      throw new CliError(readMessages.cannotRead(path, readMessages.notRegular), readMessages.notRegularFix(path));
    return readFileSync(fd, 'utf8');
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw cannotRead(error, path);
  } finally {
    closeSync(fd);
  }
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Why the file cannot be read (a home that is a file, no permission), as what to set. */
function cannotRead(error: unknown, path: string): CliError {
  const saved = SaveError.from(error, path);
  return new CliError(saveMessages.cannotRead(path, saved.reason), saved.tryMessage);
}

/** `file.corrupt-2026-11-26T17-50-00` (UTC), never overwriting an earlier backup. */
export function moveAside(file: string, now: Date): string {
  const stamp = now.toISOString().slice(0, 19).replaceAll(':', '-');
  let backup = `${file}.corrupt-${stamp}`;
  for (let n = 2; existsSync(backup); n += 1) backup = `${file}.corrupt-${stamp}-${n}`;
  try {
    renameSync(file, backup);
    chmodSync(backup, 0o600);
    syncFolder(dirname(file));
  } catch (error) {
    throw SaveError.from(error, backup);
  }
  return backup;
}

/** `config.json.bad-acme-2026-11-26T17-50-00` (0600): one entry set aside, as JSON (or the whole file). */
export function writeBackup(file: string, key: string | null, value: unknown, now: Date): string {
  const stamp = now.toISOString().slice(0, 19).replaceAll(':', '-');
  const name =
    (key ?? 'candidate')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'entry';
  let backup = `${file}.bad-${name}-${stamp}`;
  for (let n = 2; existsSync(backup); n += 1) backup = `${file}.bad-${name}-${stamp}-${n}`;
  let text: string | Buffer;
  try {
    text = `${JSON.stringify(value, null, 2)}\n`;
  } catch {
    // Nested too deep to write back out: keep the whole file it came from instead.
    text = readFileSync(file);
  }
  writeFileAtomic(backup, text);
  return backup;
}

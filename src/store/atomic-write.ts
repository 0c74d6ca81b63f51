// Whole or not at all: the one way followup-coach replaces a file (the store, the draft, note
// files). conf's writer (the `atomically` package) could not promise this: it ignores how many
// bytes `write` took, so on a full disk a short write was fsynced and renamed over the store
// (import said "Saved", exit 0, and config.json was cut short); it follows a symlinked target
// and writes through it; and it never fsyncs the folder, so a crash may lose the rename.
// Here: a fresh temp file beside the target (exclusive, no-follow, unguessable name), every
// byte written or an error, fsync, rename, fsync of the folder. On any failure the temp file is
// removed and the target is as it was.
import { randomBytes } from 'node:crypto';
import {
  accessSync,
  closeSync,
  constants,
  existsSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  renameSync,
  rmdirSync,
  type Stats,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname } from 'node:path';
import { CliError } from '../cli/errors.js';
import { SaveError, SYMLINK } from './save-error.js';

const CREATE = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);

/** How a failure is put into words: the store's (SaveError) unless the caller has its own. */
export interface Describe {
  readonly folder: (error: unknown, dir: string) => Error;
  readonly file: (error: unknown, path: string) => Error;
}

const STORE: Describe = {
  folder: (error, dir) => SaveError.folder(error, dir),
  file: (error, path) => SaveError.from(error, path),
};

/**
 * Creates `dir` (and missing parents) readable by the owner only, and returns the first folder
 * it made (undefined when `dir` was there). A failure is `describe.folder`'s error.
 */
export function ensureFolder(dir: string, describe: Describe = STORE): string | undefined {
  try {
    return mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch (error) {
    throw describe.folder(whyNoFolder(error, dir), dir);
  }
}

/** Removes the folders `ensureFolder` made for `dir` (from `dir` up to `first`), if still empty. */
function removeMadeFolders(dir: string, first: string | undefined): void {
  if (first === undefined) return;
  for (let folder = dir; ; folder = dirname(folder)) {
    try {
      rmdirSync(folder);
    } catch {
      return;
    }
    if (folder === first || dirname(folder) === folder) return;
  }
}

/**
 * A recursive mkdir on a read-only disk says ENOENT; the real cause is the nearest folder's. One
 * where `dir` itself is a file says EEXIST or ENOTDIR, as when a folder above it is: told apart.
 */
function whyNoFolder(error: unknown, dir: string): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  if ((code === 'EEXIST' || code === 'ENOTDIR') && isFile(dir))
    return Object.assign(new Error('not a folder'), { code: 'EISFILE' });
  if (code !== 'ENOENT') return error;
  let parent = dirname(dir);
  while (!existsSync(parent) && dirname(parent) !== parent) parent = dirname(parent);
  try {
    accessSync(parent, constants.W_OK);
  } catch (denied) {
    return denied;
  }
  return error;
}

function isFile(path: string): boolean {
  try {
    return lstatSync(path).isFile();
  } catch {
    return false;
  }
}

/** Refuses a target that is a symbolic link, or a folder (a rename onto one would fail late, as EISDIR). */
function refuseOddTarget(path: string): void {
  let stats: Stats | undefined;
  try {
    stats = lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (stats?.isSymbolicLink()) throw Object.assign(new Error('a symbolic link'), { code: SYMLINK });
  if (stats?.isDirectory()) throw Object.assign(new Error('a folder'), { code: 'EISDIR' });
}

/** Writes all of `bytes` to `fd`; a write that takes nothing is a full disk, not a success. */
function writeAll(fd: number, bytes: Uint8Array): void {
  let done = 0;
  while (done < bytes.length) {
    const wrote = writeSync(fd, bytes, done, bytes.length - done);
    if (wrote <= 0) throw Object.assign(new Error('short write'), { code: 'ENOSPC' });
    done += wrote;
  }
}

export function syncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch (error) {
    // Some filesystems cannot fsync a folder (EINVAL, EISDIR); the rename itself has happened.
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EINVAL' && code !== 'EISDIR' && code !== 'EPERM' && code !== 'EBADF') throw error;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Replaces `path` with `data` (mode `mode`), whole or not at all. Throws SaveError. */
export function writeFileAtomic(path: string, data: string | Uint8Array, mode = 0o600): void {
  writeAllOrNothing([{ path, data }], { mode });
}

export interface FileToWrite {
  readonly path: string;
  readonly data: string | Uint8Array;
}

/**
 * Writes every file, each whole, or none of them: all are written to temp files beside their
 * targets and fsynced first, and only then renamed into place, so a full disk at the third file
 * leaves the first two as they were too. On a failure every temp file is removed, and so are the
 * folders this call made; the error is `describe.file`'s (or `describe.folder`'s) for the path.
 */
export function writeAllOrNothing(
  files: readonly FileToWrite[],
  { mode = 0o600, describe = STORE }: { readonly mode?: number; readonly describe?: Describe } = {},
): void {
  const folders = [...new Set(files.map((file) => dirname(file.path)))];
  const made = new Map<string, string | undefined>();
  const temps: { temp: string; path: string }[] = [];
  const undo = () => {
    for (const { temp } of temps) {
      try {
        unlinkSync(temp);
      } catch {
        // Never created, or already gone.
      }
    }
    for (const [dir, first] of made) removeMadeFolders(dir, first);
  };
  let current = files[0]?.path ?? '';
  try {
    for (const dir of folders) made.set(dir, ensureFolder(dir, describe));
    for (const file of files) {
      current = file.path;
      refuseOddTarget(file.path);
      const temp = `${dirname(file.path)}/${basename(file.path)}.tmp-${randomBytes(8).toString('hex')}`;
      temps.push({ temp, path: file.path });
      writeTemp(temp, typeof file.data === 'string' ? Buffer.from(file.data, 'utf8') : file.data, mode);
    }
    for (const { temp, path } of temps) {
      current = path;
      renameSync(temp, path);
    }
  } catch (error) {
    undo();
    throw error instanceof CliError ? error : describe.file(error, current);
  }
  for (const dir of folders) {
    try {
      syncFolder(dir);
    } catch (error) {
      throw describe.file(error, dir);
    }
  }
}

function writeTemp(temp: string, bytes: Uint8Array, mode: number): void {
  const fd = openSync(temp, CREATE, mode);
  try {
    writeAll(fd, bytes);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

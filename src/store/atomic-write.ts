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
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname } from 'node:path';
import { SaveError } from './save-error.js';

const CREATE = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);

/** Creates `dir` (and missing parents) readable by the owner only; a failure is a SaveError. */
export function ensureFolder(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch (error) {
    throw SaveError.folder(whyNoFolder(error, dir), dir);
  }
}

/** A recursive mkdir on a read-only disk says ENOENT; the real cause is the nearest folder's. */
function whyNoFolder(error: unknown, dir: string): unknown {
  if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return error;
  let parent = dirname(dir);
  while (!existsSync(parent) && dirname(parent) !== parent) parent = dirname(parent);
  try {
    accessSync(parent, constants.W_OK);
  } catch (denied) {
    return denied;
  }
  return error;
}

/** Refuses a target that is a symbolic link: writing would replace whatever it points at. */
function refuseSymlink(path: string): void {
  let link = false;
  try {
    link = lstatSync(path).isSymbolicLink();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw SaveError.from(error, path);
  }
  if (link) throw SaveError.symlink(path);
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
    if (code !== 'EINVAL' && code !== 'EISDIR' && code !== 'EPERM' && code !== 'EBADF') throw SaveError.from(error, dir);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Replaces `path` with `data` (mode `mode`), whole or not at all. Throws SaveError. */
export function writeFileAtomic(path: string, data: string | Uint8Array, mode = 0o600): void {
  const dir = dirname(path);
  ensureFolder(dir);
  refuseSymlink(path);
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const temp = `${dir}/${basename(path)}.tmp-${randomBytes(8).toString('hex')}`;
  let fd: number | undefined;
  try {
    fd = openSync(temp, CREATE, mode);
    writeAll(fd, bytes);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, path);
  } catch (error) {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // Already failing: the write's own error is the one to report.
      }
    }
    try {
      unlinkSync(temp);
    } catch {
      // Never created, or already gone.
    }
    throw SaveError.from(error, path);
  }
  syncFolder(dir);
}

// A file written whole: a temporary file beside it, then a rename, so a reader (a mail program
// watching the folder, a second run) sees the old file or the new one, never half of one.
import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Creates missing folders readable by this user only: a draft holds a resume and an address book's worth of names. */
export function makePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
}

export function writeWhole(path: string, content: string | Uint8Array): void {
  makePrivateDir(dirname(path));
  const temp = `${path}.tmp-${randomBytes(8).toString('hex')}`;
  try {
    writeFileSync(temp, content, { mode: 0o600 });
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

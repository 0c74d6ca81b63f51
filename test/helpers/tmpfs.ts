// A small RAM disk for fault injection: `mount -t tmpfs` needs root (CI runs as root). Where
// mounting is not allowed the test is skipped with one visible line, unless
// FOLLOWUP_COACH_REQUIRE_TOOLS=1 says the machine must have it (.ci/run sets that).
import { execFileSync } from 'node:child_process';
import { closeSync, ftruncateSync, fstatSync, mkdtempSync, openSync, rmdirSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function tryMount(dir: string, size: string): string | null {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size},mode=0700`, 'tmpfs', dir], { stdio: 'pipe' });
    return null;
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error).trim() || String(error);
  }
}

/** Whether this is the first test file of the run to report the skip: one line per run, not per file. */
function firstToSay(): boolean {
  try {
    closeSync(openSync(join(tmpdir(), `fc-tmpfs-skip-${process.ppid}`), 'wx'));
    return true;
  } catch {
    return false;
  }
}

/** Why tmpfs cannot be mounted here, or null when it can (tried once with a real mount). */
export const tmpfsUnavailable: string | null = (() => {
  const dir = mkdtempSync(join(tmpdir(), 'fc-tmpfs-probe-'));
  const why = tryMount(dir, '64k');
  if (why === null) execFileSync('umount', [dir]);
  rmdirSync(dir);
  if (why !== null && process.env.FOLLOWUP_COACH_REQUIRE_TOOLS === '1') {
    throw new Error(`FOLLOWUP_COACH_REQUIRE_TOOLS=1 but tmpfs cannot be mounted: ${why}`);
  }
  if (why !== null && firstToSay()) console.warn(`SKIPPED full-disk tests: cannot mount tmpfs (${why})`);
  return why;
})();

/** Runs `work` on a fresh tmpfs of `size` (e.g. "256k"), always unmounted afterwards. */
export async function withTmpfs<T>(size: string, work: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'fc-tmpfs-'));
  const why = tryMount(dir, size);
  if (why !== null) throw new Error(`cannot mount tmpfs: ${why}`);
  try {
    return await work(dir);
  } finally {
    execFileSync('umount', [dir]);
    rmdirSync(dir);
  }
}

/** Fills the disk holding `file` completely, then frees `leaveBytes` (rounded to 4 KiB pages). */
export function fillDisk(file: string, leaveBytes: number): void {
  const fd = openSync(file, 'w');
  const chunk = Buffer.alloc(4096, 0x61);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  }
  ftruncateSync(fd, Math.max(0, fstatSync(fd).size - leaveBytes));
  closeSync(fd);
}

// One writer at a time across processes. The store is rewritten whole on every write, so two
// processes that read, change and write at once lose each other's changes (two processes were measured to lose
// half of 600 updates). proper-lockfile's mkdir lock is atomic on every local filesystem,
// and a lock left by a killed process goes stale and is taken over. It loads on the first write
// (with graceful-fs, 5 ms), so commands that only read never pay for it.
import { accessSync, chmodSync, constants } from 'node:fs';
import { dirname } from 'node:path';
import { CliError } from '../cli/errors.js';
import { ensureFolder } from './atomic-write.js';
import { SaveError } from './save-error.js';
import { messages } from './messages.js';

export interface LockOptions {
  /** How long a lock may go without a heartbeat before another process takes it over. */
  readonly staleMs?: number;
  /** How long to wait for a busy lock before giving up. */
  readonly waitMs?: number;
}

/** Runs `work` while holding the lock on `file` (the lock is the folder `${file}.lock`). */
export async function withLock<T>(file: string, work: () => Promise<T> | T, options: LockOptions = {}): Promise<T> {
  const stale = options.staleMs ?? 10_000;
  const waitMs = options.waitMs ?? 15_000;
  let compromised: Error | undefined;
  let release: () => Promise<void>;
  const { default: lockfile } = await import('proper-lockfile');
  ensureFolder(dirname(file));
  // proper-lockfile retries every error, not only a busy lock: a read-only folder would wait the
  // whole waitMs before failing. Ask first.
  try {
    accessSync(dirname(file), constants.W_OK);
  } catch (error) {
    throw SaveError.from(error, file);
  }
  try {
    release = await lockfile.lock(file, {
      realpath: false,
      stale,
      update: Math.max(1_000, Math.floor(stale / 2)),
      // Short, jittered waits: a holder keeps the lock for milliseconds, not seconds.
      retries: { retries: Math.ceil(waitMs / 50), factor: 1.1, minTimeout: 5, maxTimeout: 50, randomize: true },
      // The default throws from a timer, which would crash the command mid-write.
      onCompromised: (error) => {
        compromised = error;
      },
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOCKED') throw new CliError(messages.busy(`${file}.lock`), messages.busyTry(`${file}.lock`));
    throw SaveError.from(error, `${file}.lock`);
  }
  // proper-lockfile makes the lock folder 0777 minus umask; ours are the owner's only.
  try {
    chmodSync(`${file}.lock`, 0o700);
  } catch {
    // Taken over as stale by another process in between: its holder sets the mode.
  }
  try {
    const result = await work();
    if (compromised) throw new CliError(messages.compromised(compromised.message), messages.retry);
    return result;
  } finally {
    await release().catch(() => undefined);
  }
}

// One guided session at a time owns the unfinished draft. The draft is rewritten whole after every
// answer, so two sessions on it overwrite each other's answers unseen; the first to open holds
// `session.lock` (proper-lockfile, as the store's own lock: src/store/lock.ts) until it ends,
// and a second one leaves the draft alone. The lock is released on exit and Ctrl-C (and by
// proper-lockfile's exit hook); a killed session's lock is taken over at once when the process
// named in `session.owner` is gone, or when that file is empty or unreadable (a session that
// started on a full disk and crashed) and the heartbeat has stopped; else once it is stale.
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

export interface SessionLock {
  /** True while this session owns the draft; false when another one does (or took it over). */
  readonly held: () => boolean;
  release(): Promise<void>;
}

/** How long a heartbeat may be missed before the lock counts as abandoned (a loaded machine stalls for seconds). */
const STALE_MS = 10_000;
const HEARTBEAT_MS = 1_000;
/**
 * A lock whose owner file says nothing is a crashed session's once its heartbeat is this old: a
 * live one refreshes it every HEARTBEAT_MS, also on a full disk (only the time changes), and
 * writes the owner file right after taking the lock.
 */
const SILENT_OWNER_MS = 3 * HEARTBEAT_MS;

/** Whether `pid` on this machine is a running process (EPERM: it runs, as another user). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The holder named in the owner file is a process of this machine that has ended. */
function ownerGone(dir: string): boolean {
  let owner: { pid?: unknown; host?: unknown };
  try {
    owner = JSON.parse(readFileSync(join(dir, 'session.owner'), 'utf8')) as { pid?: unknown; host?: unknown };
  } catch {
    return heartbeatStopped(dir);
  }
  return typeof owner.pid === 'number' && owner.pid !== process.pid && owner.host === hostname() && !isRunning(owner.pid);
}

/** The lock has not been refreshed for longer than a live session ever leaves it. */
function heartbeatStopped(dir: string): boolean {
  try {
    return Date.now() - statSync(join(dir, 'session.lock')).mtimeMs > SILENT_OWNER_MS;
  } catch {
    return false;
  }
}

/** Takes the session lock in `dir` (the store's folder), or reports that another session holds it. */
export async function lockSession(dir: string): Promise<SessionLock> {
  const { default: lockfile } = await import('proper-lockfile');
  const file = join(dir, 'session');
  const lockPath = join(dir, 'session.lock');
  let held = false;
  let release: () => Promise<void> = async () => undefined;
  const attempt = () =>
    lockfile.lock(file, {
      realpath: false,
      lockfilePath: lockPath,
      stale: STALE_MS,
      update: HEARTBEAT_MS,
      retries: 0,
      // Taken over (this process stalled past STALE_MS): from then on the draft is the other one's.
      onCompromised: () => {
        held = false;
      },
    });
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    release = await attempt().catch(async (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ELOCKED' || !ownerGone(dir)) throw error;
      rmSync(lockPath, { recursive: true, force: true });
      return attempt();
    });
    held = true;
    writeFileSync(join(dir, 'session.owner'), JSON.stringify({ pid: process.pid, host: hostname() }), { mode: 0o600 });
  } catch (error) {
    // A folder the lock cannot be made in (read-only, full): the draft's own save says why it fails.
    held = (error as NodeJS.ErrnoException).code !== 'ELOCKED';
  }
  return {
    held: () => held,
    async release() {
      if (!held) return;
      held = false;
      rmSync(join(dir, 'session.owner'), { force: true });
      await release().catch(() => undefined);
    },
  };
}

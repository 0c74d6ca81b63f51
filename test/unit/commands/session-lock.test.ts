// The guided session's lock on the draft, on a real folder: a crashed session's lock is taken
// over, a live one's never.
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lockSession, type SessionLock } from '../../../src/commands/session-lock.js';
import { tempDir } from '../../helpers/temp-dir.js';

const held: SessionLock[] = [];
afterEach(async () => {
  for (const lock of held.splice(0)) await lock.release();
});

/** What a session leaves after kill -9: its lock folder, last refreshed `ageMs` ago, and an owner file. */
function crashedSession(owner: string, ageMs: number): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'session.lock'));
  const at = (Date.now() - ageMs) / 1000;
  utimesSync(join(dir, 'session.lock'), at, at);
  writeFileSync(join(dir, 'session.owner'), owner);
  return dir;
}

async function lock(dir: string): Promise<SessionLock> {
  const taken = await lockSession(dir);
  held.push(taken);
  return taken;
}

describe('the session lock', () => {
  it('is taken over from a crashed session whose owner file is empty (it started on a full disk)', async () => {
    expect((await lock(crashedSession('', 5_000))).held()).toBe(true);
  });

  it('is taken over when the owner file is not one a session wrote', async () => {
    expect((await lock(crashedSession('{"pid":', 5_000))).held()).toBe(true);
  });

  it('is not taken from a session whose heartbeat is fresh, even with an empty owner file', async () => {
    // Refreshed "a minute from now": however long a loaded machine stalls, it is still fresh.
    expect((await lock(crashedSession('', -60_000))).held()).toBe(false);
  });

  it('is not taken from a running session named in the owner file', async () => {
    const owner = JSON.stringify({ pid: process.ppid, host: (await import('node:os')).hostname() });
    expect((await lock(crashedSession(owner, 5_000))).held()).toBe(false);
  });
});

// What the CLI says about an environment it cannot use: a home that is a file, a path too long,
// a read-only disk, and a note copied to a real clipboard but not recorded. What is wrong and
// what to set, exit 1, no stack trace; and the folders it makes are the owner's only.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newHome, runCli } from '../helpers/run-cli.js';
import { tmpfsUnavailable, withTmpfs } from '../helpers/tmpfs.js';
import { canUseVirtualDisplay, startVirtualDisplay, type VirtualDisplay } from '../helpers/xvfb.js';

const ACME_FILE = join(import.meta.dirname, '../fixtures/interviews/acme.json');
const ACME = 'acme-robotics-senior-backend-engineer';

describe('a home it cannot use', () => {
  it('a home that is a file: what is wrong and what to set', async () => {
    const file = join(newHome(), 'not-a-folder');
    writeFileSync(file, '');
    for (const command of [['import', ACME_FILE], ['list']]) {
      const run = await runCli(command, { env: { FOLLOWUP_COACH_HOME: file } });
      expect({ code: run.code, stderr: run.stderr }).toEqual({
        code: 1,
        stderr:
          `followup-coach: cannot read ${file}/config.json: a part of its folder path is a file, not a folder.\n` +
          'Try: set FOLLOWUP_COACH_HOME to a folder (or move the file that is in the way).\n',
      });
    }
  });

  it('a path too long', async () => {
    const home = join(newHome(), ...Array.from({ length: 20 }, () => 'x'.repeat(250)));
    const run = await runCli(['import', ACME_FILE], { env: { FOLLOWUP_COACH_HOME: home } });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^followup-coach: cannot (read|create the folder) .+: the path is too long for this system[.;]/);
    expect(run.stderr).toContain('Try: set FOLLOWUP_COACH_HOME (or XDG_CONFIG_HOME) to a shorter folder path.\n');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('makes its folders 0700: the store and regen --out', async () => {
    const home = join(newHome(), 'deeper', 'home');
    const run = await runCli(['import', ACME_FILE], { env: { FOLLOWUP_COACH_HOME: home } });
    expect(run.code).toBe(0);
    expect(statSync(home).mode & 0o777).toBe(0o700);
    const out = join(newHome(), 'notes');
    expect(
      (await runCli(['regen', ACME, '--kind', 'thank-you', '--out', out], { home: run.home, env: { FOLLOWUP_COACH_HOME: home } }))
        .code,
    ).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o700);
  });
});

describe.skipIf(tmpfsUnavailable !== null)('a read-only disk', () => {
  it('says the disk is read-only and what to set', async () => {
    await withTmpfs('64k', async (disk) => {
      execFileSync('mount', ['-o', 'remount,ro', disk]);
      const home = join(disk, 'home');
      const run = await runCli(['import', ACME_FILE], { env: { FOLLOWUP_COACH_HOME: home } });
      expect({ code: run.code, stderr: run.stderr }).toEqual({
        code: 1,
        stderr:
          `followup-coach: cannot create the folder ${home}: the disk is read-only; nothing was saved.\n` +
          'Try: set FOLLOWUP_COACH_HOME to a folder on a writable disk, e.g. FOLLOWUP_COACH_HOME=$HOME/followup-coach.\n',
      });
    });
  });
});

describe.skipIf(tmpfsUnavailable !== null)('a read-only store with a bad entry', () => {
  it('is read: the bad entry is skipped and left in place, the others listed', async () => {
    await withTmpfs('64k', async (disk) => {
      const home = join(disk, 'home');
      expect((await runCli(['import', ACME_FILE], { env: { FOLLOWUP_COACH_HOME: home } })).code).toBe(0);
      const file = JSON.parse(readFileSync(join(home, 'config.json'), 'utf8')) as { interviews: Record<string, unknown> };
      file.interviews.broken = 42;
      writeFileSync(join(home, 'config.json'), JSON.stringify(file));
      execFileSync('mount', ['-o', 'remount,ro', disk]);
      const run = await runCli(['list'], { env: { FOLLOWUP_COACH_HOME: home } });
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(ACME);
      expect(run.stderr).toBe(
        `followup-coach: The saved interview "broken" in ${join(home, 'config.json')} could not be used (it is not an object), ` +
          'and could not be moved aside (the disk is read-only); it is skipped and left in the file.\n',
      );
    });
  });
});

describe.skipIf(tmpfsUnavailable !== null || !canUseVirtualDisplay())('a note copied but not recorded', () => {
  let x: VirtualDisplay;
  beforeAll(async () => {
    x = await startVirtualDisplay();
  });
  afterAll(async () => {
    await x?.stop();
  });

  it('says exactly that, and how to record it', async () => {
    await withTmpfs('256k', async (disk) => {
      const home = join(disk, 'home');
      mkdirSync(home);
      expect((await runCli(['import', ACME_FILE], { env: { FOLLOWUP_COACH_HOME: home } })).code).toBe(0);
      const before = readFileSync(join(home, 'config.json'));
      execFileSync('mount', ['-o', 'remount,ro', disk]);
      const run = await runCli(['regen', ACME, '--kind', 'thank-you', '--to', 'Priya Raghunathan'], {
        env: { FOLLOWUP_COACH_HOME: home, DISPLAY: x.display },
      });
      expect(await x.clipboardOnce((text) => /^Dear Priya/.test(text))).toMatch(/^Dear Priya/);
      expect(run.code).toBe(1);
      expect(run.stdout).not.toContain('Recorded as sent');
      expect(run.stderr).toContain(
        'followup-coach: The thank-you note for Priya Raghunathan was copied, but NOT recorded as sent: ',
      );
      expect(run.stderr).toContain(
        `Try: fix that, then copy it again with \`followup-coach regen ${ACME} --kind thank-you --to "Priya Raghunathan"\` to record it.\n`,
      );
      expect(readFileSync(join(home, 'config.json')).equals(before)).toBe(true);
    });
  });
});

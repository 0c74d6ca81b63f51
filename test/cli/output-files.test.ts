// Files written where the user said (regen --eml DIR, regen --out DIR, calendar --out FILE,
// export --out FILE) that cannot be written: a full disk, a read-only one, a file in the way, a
// folder where the file should go. The message names the path the user gave and what to do about
// it (never an internal temp file, never the store's FOLLOWUP_COACH_HOME), exit 1, and nothing
// is left half-written: not one file of a set, no temp file, no folder made for them.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { newHome, runCli } from '../helpers/run-cli.js';
import { fillDisk, tmpfsUnavailable, withTmpfs } from '../helpers/tmpfs.js';

const FIXTURE = join(import.meta.dirname, '../fixtures/interviews/acme.json');
const ID = 'acme-robotics-senior-backend-engineer';
const MAIL_ONLY = JSON.parse(readFileSync(FIXTURE, 'utf8'));
// Both interviewers by e-mail: two drafts, so a set can fail half-way.
MAIL_ONLY.interviewers[1] = { ...MAIL_ONLY.interviewers[1], email: 'sam@acme.example', medium: 'email' };

let home: string;
beforeAll(async () => {
  home = newHome();
  const saved = await runCli(['import', '-'], { home, input: JSON.stringify(MAIL_ONLY) });
  expect(saved.code).toBe(0);
});

const commands = (place: string): [string, string[]][] => [
  ['regen --eml', ['regen', ID, '--kind', 'thank-you', '--eml', join(place, 'drafts')]],
  ['regen --out', ['regen', ID, '--kind', 'thank-you', '--out', join(place, 'notes')]],
  ['calendar --out', ['calendar', '--out', join(place, 'follow-ups.ics')]],
  ['export --out', ['export', ID, '--out', join(place, 'acme.json')]],
];

function expectNothingSaid(run: { code: number | null; stdout: string; stderr: string }): void {
  expect(run.code).toBe(1);
  expect(run.stdout).not.toMatch(/Wrote|drafts? to/);
  expect(run.stderr).not.toMatch(/FOLLOWUP_COACH_HOME|\.tmp-|EISDIR|ENOTDIR|\n\s+at /);
}

describe('an output path that cannot be written', () => {
  it('a file in the way of the folder: names the path given and says what to pass instead', async () => {
    const place = newHome();
    writeFileSync(join(place, 'drafts'), 'mine');
    writeFileSync(join(place, 'notes'), 'mine');
    const eml = await runCli(['regen', ID, '--kind', 'thank-you', '--eml', join(place, 'drafts')], { home });
    expectNothingSaid(eml);
    expect(eml.stderr.split('\n').slice(-3).join('\n')).toBe(
      `followup-coach: cannot create the folder ${join(place, 'drafts')}: it is a file, not a folder; nothing was written.\n` +
        'Try: give --eml a folder (the drafts go into it, one file each), e.g. --eml drafts\n',
    );
    const out = await runCli(['regen', ID, '--kind', 'thank-you', '--out', join(place, 'notes', 'inner')], { home });
    expectNothingSaid(out);
    expect(out.stderr.split('\n').slice(-3).join('\n')).toBe(
      `followup-coach: cannot create the folder ${join(place, 'notes', 'inner')}: a part of its path is a file, not a folder; nothing was written.\n` +
        'Try: give --out a folder with no file in the way on its path.\n',
    );
    expect(readdirSync(place).sort()).toEqual(['drafts', 'notes']);
    expect(readFileSync(join(place, 'drafts'), 'utf8')).toBe('mine');
  });

  it('a folder where the calendar file should go', async () => {
    const place = newHome();
    mkdirSync(join(place, 'follow-ups.ics'));
    const run = await runCli(['calendar', '--out', join(place, 'follow-ups.ics')], { home });
    expectNothingSaid(run);
    expect(run.stderr).toBe(
      `followup-coach: cannot write ${join(place, 'follow-ups.ics')}: it is a folder; nothing was written.\n` +
        `Try: give --out a file name, e.g. --out ${join(place, 'follow-ups.ics', 'follow-ups.ics')}\n`,
    );
    expect(readdirSync(join(place, 'follow-ups.ics'))).toEqual([]);
  });
});

describe.skipIf(tmpfsUnavailable !== null)('an output path on a full or read-only disk', () => {
  it('a full disk: each command says so of the path given, and leaves nothing behind', async () => {
    await withTmpfs('256k', async (disk) => {
      fillDisk(join(disk, 'filler'), 0);
      for (const [name, args] of commands(disk)) {
        const run = await runCli(args, { home });
        expectNothingSaid(run);
        const given = args.at(-1)!;
        const flag = args.at(-2)!;
        const folder = flag === '--eml' || name === 'regen --out';
        expect({ name, said: run.stderr.split('\n').slice(-3).join('\n') }).toEqual({
          name,
          said:
            `followup-coach: cannot write ${folder ? `into ${given}` : given}: the disk is full; nothing was written.\n` +
            `Try: free some space on the disk that holds ${folder ? given : disk}, or give ${flag} ${folder ? 'a folder' : 'a path'} on another disk.\n`,
        });
        expect({ name, left: readdirSync(disk).sort() }).toEqual({ name, left: ['filler'] });
      }
    });
  });

  it('room for one file of two: neither is left, nor the folder made for them', async () => {
    await withTmpfs('256k', async (disk) => {
      // One 4 KiB page: the first note or draft fits, the second does not.
      fillDisk(join(disk, 'filler'), 4096);
      for (const [name, args] of commands(disk).slice(0, 2)) {
        const run = await runCli(args, { home });
        expectNothingSaid(run);
        expect({ name, said: run.stderr.split('\n').at(-3) }).toEqual({
          name,
          said: `followup-coach: cannot write into ${args.at(-1)}: the disk is full; nothing was written.`,
        });
        expect({ name, left: readdirSync(disk).sort() }).toEqual({ name, left: ['filler'] });
      }
    });
  });

  it('a read-only disk: says so, and what to pass instead', async () => {
    await withTmpfs('256k', async (disk) => {
      execFileSync('mount', ['-o', 'remount,ro', disk]);
      for (const [name, args] of commands(disk)) {
        const run = await runCli(args, { home });
        expectNothingSaid(run);
        const given = args.at(-1)!;
        const flag = args.at(-2)!;
        const folder = flag === '--eml' || name === 'regen --out';
        expect({ name, said: run.stderr.split('\n').slice(-3).join('\n') }).toEqual({
          name,
          said:
            `followup-coach: ${folder ? `cannot create the folder ${given}` : `cannot write ${given}`}: the disk is read-only; nothing was written.\n` +
            `Try: give ${flag} ${folder ? 'a folder' : 'a path'} on a writable disk.\n`,
        });
      }
    });
  });
});

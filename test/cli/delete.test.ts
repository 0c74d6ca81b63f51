// `followup-coach delete ID` through the built CLI: it asks on a terminal (default no), needs
// --yes elsewhere, removes the interview and its unfinished session in one write, names the other
// rounds it keeps, and the next calendar file cancels the deleted interview's reminders.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DELETE_HELP } from '../../src/cli/command-help.js';
import { newHome, runCli } from '../helpers/run-cli.js';
import { startTerminal } from '../helpers/tmux.js';
import { skipWithout } from '../helpers/tools.js';

const FIXTURE = join(import.meta.dirname, '../fixtures/interviews/acme.json');
const ID = 'acme-robotics-senior-backend-engineer';
const env = { FOLLOWUP_COACH_NOW: '2026-12-02' };

async function saved(home: string): Promise<string[]> {
  const { stdout } = await runCli(['list', '--json'], { home, env });
  return (JSON.parse(stdout) as { rounds: { id: string }[] }[]).flatMap((row) => row.rounds.map((round) => round.id));
}

async function twoRounds(home: string): Promise<void> {
  expect((await runCli(['import', FIXTURE], { home, env })).code).toBe(0);
  const second = { ...JSON.parse(readFileSync(FIXTURE, 'utf8')), interviewDate: '2026-12-01' };
  writeFileSync(join(home, 'round-2.json'), JSON.stringify(second));
  expect((await runCli(['import', join(home, 'round-2.json'), '--round'], { home, env })).code).toBe(0);
}

describe('delete', () => {
  it('--help prints its help; the top help names it', async () => {
    expect(await runCli(['delete', '--help'])).toMatchObject({ code: 0, stdout: DELETE_HELP, stderr: '' });
    expect((await runCli(['--help'])).stdout).toContain('followup-coach delete ID ');
  });

  it('without a terminal and without --yes deletes nothing and says what to pass (exit 2)', async () => {
    const home = newHome();
    expect((await runCli(['import', FIXTURE], { home, env })).code).toBe(0);
    const refused = await runCli(['delete', ID], { home, env });
    expect({ code: refused.code, stdout: refused.stdout }).toEqual({ code: 2, stdout: '' });
    expect(refused.stderr).toBe(
      `followup-coach: deleting ${ID} cannot be undone, and without a terminal there is no one to ask.\n` +
        `Try: followup-coach delete ${ID} --yes   (keep a copy first with: followup-coach export ${ID} --out ${ID}.json)\n`,
    );
    expect(await saved(home)).toEqual([ID]);
  });

  it('--yes removes only that round, names the round it keeps, and its draft goes with it', async () => {
    const home = newHome();
    await twoRounds(home);
    // An unfinished session left on round 2 (Ctrl-C on its review) would bring it back.
    writeFileSync(
      join(home, 'draft.json'),
      JSON.stringify({ version: 1, savedAt: '2026-12-02T09:00:00.000Z', draft: { interviewId: `${ID}-round-2` } }),
    );
    const done = await runCli(['delete', `${ID}-round-2`, '--yes'], { home, env });
    expect(done).toMatchObject({ code: 0, stderr: '' });
    expect(done.stdout).toBe(
      `Deleted ${ID}-round-2.\nThe other round of this application stays saved: ${ID} (delete it the same way if you want it gone).\n`,
    );
    expect(await saved(home)).toEqual([ID]);
    expect(existsSync(join(home, 'draft.json'))).toBe(false);
    const gone = await runCli(['export', `${ID}-round-2`], { home, env });
    expect(gone.code).toBe(2);
    expect(gone.stderr).toContain(`no saved interview has the id "${ID}-round-2".`);
  });

  it('a deleted interview with reminders says so, and the next calendar file cancels them', async () => {
    const home = newHome();
    expect((await runCli(['import', FIXTURE], { home, env })).code).toBe(0);
    const ics = join(home, 'steps.ics');
    expect((await runCli(['calendar', '--out', ics], { home, env })).code).toBe(0);
    const live = readFileSync(ics, 'utf8').match(/^UID:.*$/gm)!;
    const done = await runCli(['delete', ID, '--yes'], { home, env });
    expect(done.stdout.split('\n')[1]).toBe(
      'Reminders for it that a calendar file put in your calendar are still there: the next `followup-coach calendar --out FILE.ics` (without an ID) marks them cancelled, or delete them in your calendar.',
    );
    const again = await runCli(['calendar', '--out', ics], { home, env });
    expect(again.code).toBe(0);
    const text = readFileSync(ics, 'utf8');
    expect(text.match(/^UID:.*$/gm)).toEqual(live);
    expect(text.match(/^STATUS:CANCELLED$/gm)).toHaveLength(live.length);
  });

  it.skipIf(skipWithout('tmux'))('on a terminal asks first: Enter (no) keeps it, y deletes it', async () => {
    const home = newHome();
    expect((await runCli(['import', FIXTURE], { home, env })).code).toBe(0);
    const question = `Delete Acme Robotics, Senior Backend Engineer (${ID}), with its notes and the record of what was sent? This cannot be undone. (y/N)`;
    for (const [keys, said, left] of [
      [[], `Nothing was deleted: ${ID} is still saved.`, [ID]],
      [['y'], `Deleted ${ID}.`, []],
    ] as const) {
      const terminal = await startTerminal({ args: ['delete', ID], home, now: env.FOLLOWUP_COACH_NOW, columns: 200 });
      try {
        await terminal.waitForScreen(question);
        if (keys.length > 0) await terminal.sendText(keys[0]!);
        await terminal.sendKeys('Enter');
        expect(await terminal.waitForExit()).toBe(0);
        expect(await terminal.screen()).toContain(said);
      } finally {
        await terminal.close();
      }
      expect(await saved(home)).toEqual(left);
    }
  });
});

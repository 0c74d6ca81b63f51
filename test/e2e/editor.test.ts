// `e` in the review hands the terminal to a real editor (vi, run bare: no vimrc) and takes it
// back: the edit lands in the note, the checklist runs again, the keys reach Ink afterwards,
// and the edit is kept in the store for regen.
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { newHome, runCli } from '../helpers/run-cli.js';
import { startTerminal, type Terminal, untilSeen } from '../helpers/tmux.js';
import { skipWithout } from '../helpers/tools.js';

const FIXTURE = join(import.meta.dirname, '../fixtures/interviews/acme.json');
const open: Terminal[] = [];
afterEach(async () => {
  for (const terminal of open.splice(0)) await terminal.close();
});

it.skipIf(skipWithout('tmux', 'vi'))(
  'edits a note in vi and comes back to a working review',
  async () => {
    const home = newHome();
    expect((await runCli(['import', FIXTURE], { home })).code).toBe(0);
    const t = await startTerminal({ home, columns: 100, rows: 30, env: { VISUAL: 'vi -u NONE -N -n', EDITOR: undefined } });
    open.push(t);
    await t.waitForScreen('What would you like to do?');
    // A screen takes keys once its handler is subscribed, a moment after it is drawn: a key sent
    // before that does nothing, so each key is sent until the screen shows it arrived.
    await untilSeen(t, () => t.sendKeys('Down'), '❯ Notes for Acme Robotics');
    await t.sendKeys('Enter');
    await t.waitForScreen('Note 1 of 2');
    // vi owns the screen: the note as a file, subject line first. A second `e` that reaches vi
    // only moves its cursor.
    const inVi = (screen: string) =>
      screen.startsWith('Subject: Thank you: Senior Backend Engineer interview') && !screen.includes('Note 1 of 2');
    await untilSeen(t, () => t.sendText('e'), inVi);
    await t.sendText(':%s/I particularly enjoyed discussing/I revisit/');
    await t.sendKeys('Enter');
    await t.sendText(':wq');
    await t.sendKeys('Enter');
    const back = await t.waitForScreen('Your edit is saved; the checklist ran again.');
    expect(back).toContain('Note 1 of 2');
    expect(back).toContain('revisit');
    expect(back).toContain('(edited by you)');
    // The keyboard is Ink's again.
    expect(await t.sendKeys('Right').then(() => t.waitForScreen('Note 2 of 2'))).toContain('Sam Ortiz');
    await t.sendText('q');
    expect(await t.waitForExit()).toBe(0);

    const regen = await runCli(
      ['regen', 'acme-robotics-senior-backend-engineer', '--kind', 'thank-you', '--to', 'Priya', '--print'],
      { home },
    );
    expect(regen.code).toBe(0);
    expect(regen.stdout).toContain('I revisit moving telemetry ingestion to Kafka');
  },
  60_000,
);

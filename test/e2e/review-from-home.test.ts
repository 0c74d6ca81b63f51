// A saved interview's notes, opened from the home of the built CLI in a real terminal: Esc goes
// back to that home, and Ctrl-C on them leaves no "unfinished interview" for the next start.
// The same in the line mode, where "< Back" is the review's last numbered choice.
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { newHome, runCli } from '../helpers/run-cli.js';
import { prompting, startTerminal, type Terminal, untilSeen } from '../helpers/tmux.js';
import { skipWithout } from '../helpers/tools.js';

const FIXTURE = join(import.meta.dirname, '../fixtures/interviews/acme.json');
const ID = 'acme-robotics-senior-backend-engineer';
const open: Terminal[] = [];
afterEach(async () => {
  for (const terminal of open.splice(0)) await terminal.close();
});
const flat = (text: string) => text.replace(/\s+/g, ' ');

async function start(home: string, args: readonly string[] = []): Promise<Terminal> {
  const t = await startTerminal({ home, args, columns: 100, rows: 30 });
  open.push(t);
  return t;
}

async function savedHome(): Promise<string> {
  const home = newHome();
  expect((await runCli(['import', FIXTURE], { home })).code).toBe(0);
  return home;
}

it.skipIf(skipWithout('tmux'))(
  'full screen: Esc on the notes goes home; Ctrl-C on them leaves nothing unfinished',
  async () => {
    const home = await savedHome();
    const t = await start(home);
    await t.waitForScreen('What would you like to do?', 20_000);
    await untilSeen(t, () => t.sendKeys('Down'), '❯ Notes for Acme Robotics');
    await t.sendKeys('Enter');
    await t.waitForScreen('Note 1 of 2');
    await untilSeen(t, () => t.sendKeys('Escape'), 'What would you like to do?');
    expect(await t.screen()).not.toContain('How should the notes sound?');

    await untilSeen(t, () => t.sendKeys('Down'), '❯ Notes for Acme Robotics');
    await t.sendKeys('Enter');
    await t.waitForScreen('Note 1 of 2');
    await t.sendKeys('C-c');
    expect(await t.waitForExit()).toBe(130);
    expect(flat(await t.history())).toContain(
      `Stopped. Saved as ${ID}, every answer included: its notes are on the home at the next start.`,
    );

    const next = await start(home);
    const opening = await next.waitForScreen('What would you like to do?', 20_000);
    expect(opening).not.toContain('unfinished interview');
  },
  90_000,
);

it.skipIf(skipWithout('tmux'))(
  'line mode: "< Back" on the notes goes home; Ctrl-C on them leaves nothing unfinished',
  async () => {
    const home = await savedHome();
    const t = await start(home, ['--plain']);
    const menu = await t.waitForScreen(prompting('What would you like to do?'), 20_000);
    const notes = menu.split('\n').find((line) => line.includes('Notes for Acme Robotics'));
    const number = notes?.match(/(\d+)\)/)?.[1];
    expect(number).toBeDefined();
    await t.submit(number!);
    const review = await t.waitForScreen(prompting('What next?'));
    const back = review.split('\n').find((line) => line.includes('< Back'));
    await t.submit(back!.match(/(\d+)\)/)![1]!);
    await t.waitForScreen(prompting('What would you like to do?'));
    expect(await t.screen()).not.toContain('How should the notes sound?');

    await t.submit(number!);
    await t.waitForScreen(prompting('What next?'));
    await t.sendKeys('C-c');
    expect(await t.waitForExit()).toBe(130);
    expect(flat(await t.history())).toContain(`Stopped. Saved as ${ID}, every answer included`);

    const next = await start(home, ['--plain']);
    await next.waitForScreen(prompting('What would you like to do?'), 20_000);
    expect(await next.screen()).not.toContain('unfinished interview');
  },
  90_000,
);

// Resizing the real terminal mid-review: the built CLI redraws at the new width (narrower and
// wider again), with nothing left over from the old frame.
import { afterEach, expect, it } from 'vitest';
import { join } from 'node:path';
import { newHome, runCli } from '../helpers/run-cli.js';
import { startTerminal, type Terminal } from '../helpers/tmux.js';
import { skipWithout } from '../helpers/tools.js';

const FIXTURE = join(import.meta.dirname, '../fixtures/interviews/acme.json');
const open: Terminal[] = [];
afterEach(async () => {
  for (const terminal of open.splice(0)) await terminal.close();
});

const lines = (screen: string) => screen.split('\n');
const widest = (screen: string) => Math.max(...lines(screen).map((line) => [...line].length));
const count = (screen: string, text: string) => screen.split(text).length - 1;

it.skipIf(skipWithout('tmux'))(
  'redraws the review at the new width when the terminal is resized, both ways',
  async () => {
    const home = newHome();
    expect((await runCli(['import', FIXTURE], { home })).code).toBe(0);
    const t = await startTerminal({ home, columns: 100, rows: 30 });
    open.push(t);
    await t.waitForScreen('What would you like to do?');
    await t.sendKeys('Down');
    await t.sendKeys('Enter');
    const wide = await t.waitForScreen('Note 1 of 2');
    expect(widest(wide)).toBeGreaterThan(60);

    await t.resize(60, 20);
    const narrow = await t.waitForScreen(
      (screen) => screen.includes('Note 1 of 2') && widest(screen) <= 60 && screen.includes('q\u00a0finish'),
    );
    // One frame, not the old one and the new one stacked: the header and the hints appear once.
    expect(count(narrow, 'followup-coach · 5/5 Review')).toBe(1);
    expect(count(narrow, 'q\u00a0finish')).toBe(1);
    expect(lines(narrow).length).toBeLessThanOrEqual(20);
    expect(narrow).toContain('Dear Priya,');

    await t.resize(100, 30);
    const again = await t.waitForScreen((screen) => screen.includes('Note 1 of 2') && widest(screen) > 60);
    expect(count(again, 'followup-coach · 5/5 Review')).toBe(1);
    expect(again).toContain('Dear Priya,');
    await t.sendKeys('q');
    expect(await t.waitForExit()).toBe(0);
  },
  60_000,
);

// Resizing the real terminal: the built CLI redraws at the new width (narrower, wider, several
// times in a row), with nothing left over from the old frame on screen, and the scrollback keeps
// what the terminal showed before the session.
import { afterEach, expect, it } from 'vitest';
import { join } from 'node:path';
import { newHome, runCli } from '../helpers/run-cli.js';
import { startTerminal, type Terminal, untilSeen } from '../helpers/tmux.js';
import { skipWithout } from '../helpers/tools.js';

const FIXTURE = join(import.meta.dirname, '../fixtures/interviews/acme.json');
const open: Terminal[] = [];
afterEach(async () => {
  for (const terminal of open.splice(0)) await terminal.close();
});

// What a person ran before the session: it must still be there, once, however the session redraws.
const EARLIER = '$ ls ~/interviews   (earlier work in this terminal)';
// tmux keeps the cursor on its row when it re-wraps a narrower screen: what the wider lines
// gain pushes the rows at the top into the scrollback. These take that push, as a person's
// earlier commands would, so the session's own rows stay on screen for its erase to reach.
const EARLIER_FILES = [
  'acme-robotics.json',
  'harbor-logistics.json',
  'kestrel-games.json',
  'lumen-health.json',
  'northwind-bank.json',
];
const lines = (screen: string) => screen.split('\n');
const widest = (screen: string) => Math.max(...lines(screen).map((line) => [...line].length));
const count = (screen: string, text: string) => screen.split(text).length - 1;
const hasLine = (screen: string, line: string) => lines(screen).some((one) => one.trimEnd() === line);

async function start(home: string, columns: number, rows: number): Promise<Terminal> {
  const t = await startTerminal({ home, columns, rows, before: [EARLIER, ...EARLIER_FILES] });
  open.push(t);
  return t;
}

it.skipIf(skipWithout('tmux'))(
  'redraws the review at the new width when the terminal is resized, both ways',
  async () => {
    const home = newHome();
    expect((await runCli(['import', FIXTURE], { home })).code).toBe(0);
    const t = await start(home, 100, 30);
    await t.waitForScreen('What would you like to do?');
    // The thanks due today come first on the home; the saved interview's notes are further down.
    await untilSeen(t, () => t.sendKeys('Down'), '❯ Notes for Acme Robotics');
    await t.sendKeys('Enter');
    const wide = await t.waitForScreen('Note 1 of 2');
    expect(widest(wide)).toBeGreaterThan(60);
    // The review fits the screen with a row to spare: a frame as tall as the screen is one Ink
    // clears with the scrollback on every redraw.
    expect(lines(wide).length).toBeLessThan(30);

    await t.resize(60, 20);
    const narrow = await t.waitForScreen(
      (screen) => screen.includes('Note 1 of 2') && widest(screen) <= 60 && screen.includes('q\u00a0finish'),
    );
    // One frame, not the old one and the new one stacked: the header and the hints appear once.
    expect(count(narrow, 'followup-coach · 5/5 Review')).toBe(1);
    expect(count(narrow, 'q\u00a0finish')).toBe(1);
    expect(lines(narrow).length).toBeLessThan(20);
    expect(narrow).toContain('Dear Priya,');

    await t.resize(100, 30);
    const again = await t.waitForScreen((screen) => screen.includes('Note 1 of 2') && widest(screen) > 60);
    expect(count(again, 'followup-coach · 5/5 Review')).toBe(1);
    expect(again).toContain('Dear Priya,');
    // The next note redraws the screen; the terminal's earlier lines are still above.
    await t.sendKeys('Right');
    await t.waitForScreen('Note 2 of 2');
    expect(count(await t.history(), EARLIER)).toBe(1);
    await t.sendKeys('q');
    expect(await t.waitForExit()).toBe(0);
    const after = await t.history();
    expect(count(after, EARLIER)).toBe(1);
    expect(after).toContain('Saved as acme-robotics-senior-backend-engineer.');
  },
  60_000,
);

it.skipIf(skipWithout('tmux'))(
  'leaves no rows of the old frame behind a question with a long answer, narrowed, widened and resized again',
  async () => {
    const t = await start(newHome(), 100, 30);
    await t.waitForScreen((screen) => hasLine(screen, 'Your name'));
    await t.submit('Maren Holloway');
    await t.waitForScreen((screen) => hasLine(screen, 'Your e-mail'));
    await t.submit('maren@example.com');
    await t.waitForScreen((screen) => hasLine(screen, 'Your phone'));
    // "› " and 58 letters: 60 columns, one line at 100 columns and more than one at 60 (the
    // cursor takes a column after them).
    const typed = 'a'.repeat(58);
    await t.sendText(typed);
    await t.waitForScreen((screen) => hasLine(screen, `› ${typed}`));
    const header = 'followup-coach · 1/5 About you';

    await t.resize(60, 20);
    await t.sendText('bbbbbb');
    // Laid out at 60 columns, the answer goes on under the prompt.
    const narrow = await t.waitForScreen((screen) => hasLine(screen, '  bbbbbb'));
    expect(count(narrow, header)).toBe(1);
    expect(count(narrow, 'Your phone')).toBe(1);

    await t.resize(100, 30);
    const wide = await t.waitForScreen((screen) => hasLine(screen, `› ${typed}bbbbbb`));
    expect(count(wide, header)).toBe(1);

    // Several sizes in a row, each drawn before the next: the prompt line is cut where the
    // layout at that width cuts it (two columns for "› ").
    for (const [columns, rows] of [
      [45, 20],
      [52, 22],
      [80, 24],
      [60, 20],
    ] as const) {
      await t.resize(columns, rows);
      const cut = `› ${`${typed}bbbbbb`.slice(0, columns - 2)}`;
      const screen = await t.waitForScreen((shown) => hasLine(shown, cut));
      expect(count(screen, header)).toBe(1);
      expect(count(screen, 'Esc')).toBe(1);
    }
    const history = await t.history();
    expect(count(history, header)).toBe(1);
    expect(count(history, EARLIER)).toBe(1);
    for (const file of EARLIER_FILES) expect(count(history, file)).toBe(1);

    await t.sendKeys('C-c');
    expect(await t.waitForExit()).toBe(130);
    // After the session: the earlier lines, its last frame once, and the line that says what was kept.
    const after = await t.history();
    expect(count(after, EARLIER)).toBe(1);
    expect(count(after, header)).toBeLessThanOrEqual(1);
    expect(after).toContain('Every answer you gave is saved');
  },
  60_000,
);

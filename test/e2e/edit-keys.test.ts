// Editing keys that arrive in one read with other keys, in a real terminal: tmux send-keys with
// several keys sends them in one read, as a fast typist or a key held down does (a word that is
// not a key name goes as its letters).
import { afterEach, describe, expect, it } from 'vitest';
import { newHome } from '../helpers/run-cli.js';
import { startTerminal, type Terminal } from '../helpers/tmux.js';
import { skipWithout } from '../helpers/tools.js';

const open: Terminal[] = [];
afterEach(async () => {
  for (const terminal of open.splice(0)) await terminal.close();
});

/** The line being typed: the prompt's line under the question. */
const typed = (screen: string): string | undefined =>
  screen
    .split('\n')
    .find((line) => line.startsWith('› '))
    ?.slice(2)
    .trimEnd();

describe.skipIf(skipWithout('tmux'))('editing keys in one read with other keys', () => {
  it('Ctrl-W, Ctrl-U, Ctrl-A and Ctrl-E each do their edit, in order', async () => {
    const t = await startTerminal({ home: newHome() });
    open.push(t);
    await t.waitForScreen((s) => s.split('\n').some((line) => line.trim() === 'Your name'));
    await t.sendText('Thao Nguyen Whitfield');
    await t.waitForScreen((s) => typed(s) === 'Thao Nguyen Whitfield');
    await t.sendKeys('C-w', 'C-w');
    await t.waitForScreen((s) => typed(s)?.trimEnd() === 'Thao');
    await t.sendKeys('C-w', 'Z');
    await t.waitForScreen((s) => typed(s) === 'Z');
    await t.sendKeys('C-u', 'Nguyen');
    await t.waitForScreen((s) => typed(s) === 'Nguyen');
    await t.sendKeys('C-a', 'Thao ');
    await t.waitForScreen((s) => typed(s) === 'Thao Nguyen');
    await t.sendKeys('C-e', '-Whitfield');
    expect(typed(await t.waitForScreen((s) => typed(s) === 'Thao Nguyen-Whitfield'))).toBe('Thao Nguyen-Whitfield');
  }, 60_000);

  it('Delete deletes the character under the cursor, one per key in a burst, as Backspace deletes the one before', async () => {
    const t = await startTerminal({ home: newHome() });
    open.push(t);
    await t.waitForScreen((s) => s.split('\n').some((line) => line.trim() === 'Your name'));
    await t.sendText('Thao Nguyen');
    await t.waitForScreen((s) => typed(s) === 'Thao Nguyen');
    // DC is the Delete key (ESC [ 3 ~): five of them in one read.
    await t.sendKeys('C-a', 'DC', 'DC', 'DC', 'DC', 'DC');
    await t.waitForScreen((s) => typed(s) === 'Nguyen');
    await t.sendKeys('C-e', 'Left', 'Left', 'DC', 'BSpace');
    expect(typed(await t.waitForScreen((s) => typed(s) === 'Ngun'))).toBe('Ngun');
  }, 60_000);

  it('in the line mode too (--plain): Delete deletes forward, one per key', async () => {
    const t = await startTerminal({ home: newHome(), args: ['--plain'] });
    open.push(t);
    const answer = (s: string) =>
      s
        .split('\n')
        .findLast((line) => line.startsWith('? Your name'))
        ?.replace(/^\? Your name:?\s*/, '')
        .trimEnd();
    await t.waitForScreen((s) => answer(s) === '');
    await t.sendText('Thao Nguyen');
    await t.waitForScreen((s) => answer(s) === 'Thao Nguyen');
    await t.sendKeys('Home', 'DC', 'DC', 'DC', 'DC', 'DC');
    expect(answer(await t.waitForScreen((s) => answer(s) === 'Nguyen'))).toBe('Nguyen');
  }, 60_000);
});

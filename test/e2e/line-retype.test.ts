// Typing again in the line mode (`--plain`) in a real terminal: after a refused answer the next
// try starts on an empty line, and an earlier answer shown at a question is replaced by what is
// typed, not added to. A new user typed the right address after a refused one and got
// "devansh.rao@outlookdevansh.rao@outlook.com".
import { afterEach, describe, expect, it } from 'vitest';
import { newHome } from '../helpers/run-cli.js';
import { startTerminal, type Terminal } from '../helpers/tmux.js';
import { skipWithout } from '../helpers/tools.js';

const open: Terminal[] = [];
afterEach(async () => {
  for (const terminal of open.splice(0)) await terminal.close();
});

/** The prompts on screen, "? label ..." (asking) or "✔ label answer" (answered), in order. */
const prompts = (screen: string) =>
  screen
    .split('\n')
    .map((line) => line.trimStart())
    .filter((line) => /^[?✔] /.test(line));
const asking = (label: string) => (screen: string) => prompts(screen).at(-1)?.startsWith(`? ${label}`) ?? false;

describe.skipIf(skipWithout('tmux'))('line mode: typing again', () => {
  it('starts a refused answer afresh, and replaces an earlier answer shown at the question', async () => {
    const t = await startTerminal({ home: newHome(), args: ['--plain'], rows: 40, columns: 120 });
    open.push(t);
    await t.waitForScreen(asking('Your name'));
    await t.submit('Devansh Rao');
    await t.waitForScreen(asking('Your e-mail'));
    await t.submit('devansh.rao@outlook');
    await t.waitForScreen('That does not look like an e-mail address');
    await t.submit('devansh.rao@outlook.com');
    let screen = await t.waitForScreen(asking('Your phone'));
    expect(prompts(screen)).toContain('✔ Your e-mail devansh.rao@outlook.com');

    // Back to the e-mail: the saved answer is shown, and a new one typed there takes its place.
    await t.submit('<');
    await t.waitForScreen((s) => asking('Your e-mail')(s) && prompts(s).length === 4);
    await t.submit('d.rao@lakeshore.ca');
    screen = await t.waitForScreen((s) => asking('Your phone')(s) && prompts(s).length === 5);
    expect(prompts(screen).at(-2)).toBe('✔ Your e-mail d.rao@lakeshore.ca');
  });
});

// Backspace in the line mode (`--plain`, @inquirer/prompts over Node's readline) in a real
// terminal takes a whole character: readline took a code point, so "Adébáyọ̀" lost only its
// grave accent and an emoji with a skin tone kept half of itself.
import { afterEach, describe, expect, it } from 'vitest';
import { newHome } from '../helpers/run-cli.js';
import { prompting, startTerminal, type Terminal } from '../helpers/tmux.js';
import { skipWithout } from '../helpers/tools.js';

const open: Terminal[] = [];
afterEach(async () => {
  for (const terminal of open.splice(0)) await terminal.close();
});

describe.skipIf(skipWithout('tmux'))('line mode: Backspace', () => {
  it('takes a letter with its accents, and an emoji with its skin tone, one press each', async () => {
    const t = await startTerminal({ home: newHome(), args: ['--plain'], rows: 30, columns: 100 });
    open.push(t);
    await t.waitForScreen(prompting('Your name'));
    // "ọ̀" as o, a dot below and a grave accent: three code points, one character.
    await t.sendText('Adébáyo\u0323\u0300 X👍🏽');
    await t.waitForScreen((screen) => screen.includes('X👍🏽'));
    await t.sendKeys('BSpace');
    // tmux shows the screen's text composed (NFC): compared so.
    await t.waitForScreen((screen) => /Your name Adébáyọ̀ X\s*$/m.test(screen.normalize('NFC')));
    await t.sendKeys('BSpace', 'BSpace', 'BSpace');
    await t.waitForScreen((screen) => /Your name Adébáy\s*$/m.test(screen.normalize('NFC')));
    await t.submit('ọ̀');
    const screen = await t.waitForScreen(prompting('Your e-mail'));
    expect(screen.normalize('NFC')).toContain('✔ Your name Adébáyọ̀'.normalize('NFC'));
  });
});

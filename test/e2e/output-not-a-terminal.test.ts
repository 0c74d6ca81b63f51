// `followup-coach > out.txt` from a terminal: the keys could be read, but the questions would be
// drawn into the file. The message names the output, not the input, and says what to do; a
// piped input still hears about its input.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { newHome, runCli } from '../helpers/run-cli.js';
import { startTerminal, type Terminal } from '../helpers/tmux.js';
import { skipWithout } from '../helpers/tools.js';

const open: Terminal[] = [];
afterEach(async () => {
  for (const terminal of open.splice(0)) await terminal.close();
});

describe.skipIf(skipWithout('tmux'))('the guided session with its output redirected', () => {
  for (const args of [[], ['--plain']]) {
    it(`followup-coach ${args.join(' ')} > out.txt says the output is the problem (exit 2)`, async () => {
      const home = newHome();
      const file = join(home, 'out.txt');
      const terminal = await startTerminal({ home, args, stdoutFile: file });
      open.push(terminal);
      expect(await terminal.waitForExit()).toBe(2);
      const screen = await terminal.screen();
      expect(screen).toContain('the output goes to a file or a pipe, not to the terminal');
      expect(screen).toContain('Run it without > or |');
      expect(screen).not.toContain('this input is not one');
      expect(readFileSync(file, 'utf8')).toBe('');
    });
  }
});

describe('the guided session with its input piped', () => {
  it('still names the input', async () => {
    const run = await runCli([], { env: { CI: undefined } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('the guided session needs an interactive terminal, and this input is not one.');
  });
});

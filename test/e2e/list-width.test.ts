// `list` in a real terminal 60, 80 and 100 columns wide: every line fits the terminal, broken
// between words, and no word is lost (the terminal's own wrapping cut words at its edge).
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import { newHome, runCli } from '../helpers/run-cli.js';
import { startTerminal, type Terminal } from '../helpers/tmux.js';
import { skipWithout } from '../helpers/tools.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/interviews');
const open: Terminal[] = [];
afterEach(async () => {
  for (const terminal of open.splice(0)) await terminal.close();
});
const words = (text: string) => text.split(/\s+/).filter((word) => word !== '');

describe.skipIf(skipWithout('tmux'))('list laid out to the terminal width', () => {
  let home = '';
  let piped = '';
  beforeAll(async () => {
    home = newHome();
    for (const name of ['acme', 'kestrel-games', 'lumen-health']) {
      expect((await runCli(['import', join(FIXTURES, `${name}.json`)], { home })).code).toBe(0);
    }
    piped = (await runCli(['list'], { home })).stdout;
  });

  it.each([60, 80, 100] as const)(
    'at %i columns every line fits and every word is there',
    async (columns) => {
      const terminal = await startTerminal({ home, args: ['list'], columns, rows: 60 });
      open.push(terminal);
      expect(await terminal.waitForExit()).toBe(0);
      // The history joins the lines the terminal itself wrapped: a line too long shows whole.
      const shown = (await terminal.history()).split('\n').filter((line) => line.trim() !== '');
      expect(shown.filter((line) => stringWidth(line) > columns)).toEqual([]);
      expect(words(shown.join('\n'))).toEqual(words(piped));
      const carter = {
        60: '    Watanabe and Emily Carter: due now',
        80: '    Carter: due now',
        100: '  next: thanks after the decision to Siobhán Kelly, Kenji Watanabe and Emily Carter: due now',
      }[columns];
      expect(shown).toContain(carter);
    },
    60_000,
  );
});

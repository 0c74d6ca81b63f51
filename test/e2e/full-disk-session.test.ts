// The guided session on a full disk, in a real terminal: the first save that fails shows at
// once, typing goes on with the answers in memory, and Ctrl-C says they were NOT saved.
import { join } from 'node:path';
import { mkdirSync, readdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { fillDisk, tmpfsUnavailable, withTmpfs } from '../helpers/tmpfs.js';
import { startTerminal, type Terminal } from '../helpers/tmux.js';

const open: Terminal[] = [];
afterEach(async () => {
  for (const terminal of open.splice(0)) await terminal.close();
});
const asking = (label: string) => (screen: string) => screen.split('\n').some((line) => line.trim() === label);

describe.skipIf(tmpfsUnavailable !== null)('the session on a full disk', () => {
  it('says at once that it cannot save, keeps going, and Ctrl-C says nothing was saved', async () => {
    await withTmpfs('128k', async (disk) => {
      const home = join(disk, 'home');
      mkdirSync(home, { mode: 0o700 });
      fillDisk(join(disk, 'filler'), 0);
      const t = await startTerminal({ home });
      open.push(t);
      await t.waitForScreen(asking('Your name'), 20_000);
      await t.submit('Jordan Lee');
      const screen = await t.waitForScreen(asking('Your e-mail'));
      expect(screen).toContain('cannot save: the disk is full; your answers are kept in memory until you quit');
      await t.submit('jordan@example.com');
      await t.waitForScreen(asking('Your phone'));
      await t.sendKeys('C-c');
      expect(await t.waitForExit()).toBe(130);
      const history = await t.history();
      expect(history.replace(/\s+/g, ' ')).toContain(
        'Stopped. Your latest answers were NOT saved (the disk is full); the next start offers only what an earlier save kept, if anything.',
      );
      expect(readdirSync(home)).toEqual([]);
      await t.close();
      open.splice(0);
    });
  }, 60_000);
});

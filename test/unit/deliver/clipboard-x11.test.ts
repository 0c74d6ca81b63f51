// The real system clipboard, under a virtual X display: clipboardy writes, xsel reads back.
// CI installs Xvfb and xsel (.ci/run), so there a missing tool is a failure, not a skip.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyNote } from '../../../src/deliver/clipboard.js';
import { captureStream } from '../../helpers/streams.js';

const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
const available = has('Xvfb') && has('xsel');
const inCi = Boolean(process.env.CI) && process.env.CI !== 'false';

describe('the system clipboard under Xvfb', () => {
  it('is available in CI', () => {
    if (inCi) expect({ Xvfb: has('Xvfb'), xsel: has('xsel') }).toEqual({ Xvfb: true, xsel: true });
  });

  describe.runIf(available)('with a display', () => {
    const display = `:${90 + (process.pid % 200)}`;
    let server: ChildProcess;

    beforeAll(async () => {
      server = spawn('Xvfb', [display, '-nolisten', 'tcp'], { stdio: 'ignore' });
      // Ready when a client can talk to it; xsel fails with "Can't open display" until then.
      for (let tries = 0; tries < 100; tries += 1) {
        if (spawnSync('xsel', ['-ob'], { env: { ...process.env, DISPLAY: display } }).status === 0) return;
        await new Promise((wait) => setTimeout(wait, 50));
      }
      throw new Error(`Xvfb did not start on ${display}`);
    });

    afterAll(() => {
      server?.kill();
    });

    it('copies a note that xsel reads back exactly', async () => {
      const previous = process.env.DISPLAY;
      process.env.DISPLAY = display; // clipboardy's xsel inherits the real environment
      try {
        const text = `Dear Zoë,\nthank you for ${process.pid}.\n`;
        const result = await copyNote(text, { env: { DISPLAY: display }, stdout: captureStream({ isTTY: true }) });
        expect(result).toEqual({ method: 'clipboard', notes: [] });
        const read = spawnSync('xsel', ['-ob'], { env: { ...process.env, DISPLAY: display }, encoding: 'utf8' });
        expect(read.stdout).toBe(text);
      } finally {
        if (previous === undefined) delete process.env.DISPLAY;
        else process.env.DISPLAY = previous;
      }
    });
  });
});

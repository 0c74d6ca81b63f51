// The real system clipboard, under a virtual X display: clipboardy writes, xsel reads back.
// Skipped where Xvfb or xsel is missing, unless FOLLOWUP_COACH_REQUIRE_TOOLS=1 (.ci/run) makes it required.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyNote } from '../../../src/deliver/clipboard.js';
import { captureStream } from '../../helpers/streams.js';
import { skipWithout } from '../../helpers/tools.js';
import { startVirtualDisplay, type VirtualDisplay } from '../../helpers/xvfb.js';

describe('the system clipboard under Xvfb', () => {
  describe.skipIf(skipWithout('Xvfb', 'xsel'))('with a display', () => {
    let x: VirtualDisplay;
    const previous = process.env.DISPLAY;

    beforeAll(async () => {
      x = await startVirtualDisplay();
      process.env.DISPLAY = x.display; // clipboardy's xsel inherits the real environment
    });

    afterAll(async () => {
      if (previous === undefined) delete process.env.DISPLAY;
      else process.env.DISPLAY = previous;
      await x?.stop();
    });

    it('copies a note that xsel reads back exactly', async () => {
      const text = `Dear Zoë,\nthank you for ${process.pid}.\n`;
      const result = await copyNote(text, { env: { DISPLAY: x.display }, stdout: captureStream({ isTTY: true }) });
      expect(result).toEqual({ method: 'clipboard', notes: [] });
      expect(x.readClipboard()).toBe(text);
    });
  });
});

// The real system clipboard, under a virtual X display: clipboardy writes, xsel reads back.
// CI installs Xvfb and xsel (.ci/run), so there a missing tool is a failure, not a skip.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyNote } from '../../../src/deliver/clipboard.js';
import { captureStream } from '../../helpers/streams.js';
import { canUseVirtualDisplay, startVirtualDisplay, type VirtualDisplay } from '../../helpers/xvfb.js';

const available = canUseVirtualDisplay();
const inCi = Boolean(process.env.CI) && process.env.CI !== 'false' && process.env.CI !== '0';

describe('the system clipboard under Xvfb', () => {
  it('can be tested wherever CI runs', () => {
    expect(available || !inCi).toBe(true);
  });

  describe.runIf(available)('with a display', () => {
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

import { describe, expect, it } from 'vitest';
import { copyNote, type SystemClipboard } from '../../../src/deliver/clipboard.js';
import { captureStream } from '../../helpers/streams.js';

const note = 'Dear Priya,\nThank you.';
const osc = `\u001b]52;c;${Buffer.from(note).toString('base64')}\u0007`;

function recording(): SystemClipboard & { written: string[] } {
  const written: string[] = [];
  return { written, write: async (text) => void written.push(text) };
}
const hanging: SystemClipboard = { write: () => new Promise(() => undefined) };
const rejecting = (error: unknown): SystemClipboard => ({ write: () => Promise.reject(error) });
const display = { DISPLAY: ':0' };

describe('copyNote', () => {
  it('uses the system clipboard when it works, writing nothing to the terminal', async () => {
    const clipboard = recording();
    const stdout = captureStream({ isTTY: true });
    expect(await copyNote(note, { env: display, stdout, clipboard })).toEqual({ method: 'clipboard', notes: [] });
    expect(clipboard.written).toEqual([note]);
    expect(stdout.text()).toBe('');
  });

  it('gives up on a clipboard that hangs after the timeout and copies through the terminal', async () => {
    const stdout = captureStream({ isTTY: true });
    // This clipboard never answers: a result at all is the timeout's (and a loaded machine may
    // take its time to fire it, so no clock is read here).
    const result = await copyNote(note, { env: display, stdout, clipboard: hanging, timeoutMs: 150 });
    expect(result).toEqual({
      method: 'osc52',
      clipboardError: 'the system clipboard did not answer within 0.2 s',
      notes: ['sent to your terminal (OSC 52); if pasting gives nothing, your terminal does not allow it'],
    });
    expect(stdout.text()).toBe(osc);
  });

  it('says that tmux must pass OSC 52 on', async () => {
    const stdout = captureStream({ isTTY: true });
    const result = await copyNote(note, {
      env: { ...display, TMUX: '/tmp/t,1,0' },
      stdout,
      clipboard: rejecting(new Error('x')),
    });
    expect(result.notes).toContain('inside tmux this works only with `set -g set-clipboard on` in ~/.tmux.conf');
  });

  it('reports nothing copied when the clipboard fails and the output is not a terminal', async () => {
    const stdout = captureStream();
    const result = await copyNote(note, {
      env: display,
      stdout,
      clipboard: rejecting(new Error('Both xsel and fallback failed')),
    });
    expect(result).toEqual({
      method: 'none',
      clipboardError: 'the system clipboard failed: Both xsel and fallback failed',
      terminalError: 'output is not a terminal, so it cannot be copied through the terminal either',
      notes: [],
    });
    expect(stdout.text()).toBe('');
  });

  it('replaces the misleading xsel message on a headless Linux box with the real cause', async () => {
    const xsel = new Error("Couldn't find the `xsel` binary and fallback didn't work.");
    const result = await copyNote(note, { env: {}, stdout: captureStream(), clipboard: rejecting(xsel), platform: 'linux' });
    expect(result.clipboardError).toBe('DISPLAY is not set, so there is no display to hold a clipboard');
  });

  it('names a display that does not answer, and a missing helper', async () => {
    const displayError = new Error('Clipboard access requires a display server (X11 or Wayland).');
    const gone = await copyNote(note, {
      env: { DISPLAY: ':77' },
      stdout: captureStream(),
      clipboard: rejecting(displayError),
      platform: 'linux',
    });
    expect(gone.clipboardError).toBe('no clipboard: the display :77 (DISPLAY) does not answer');
    const xsel = new Error("Couldn't find the `xsel` binary and fallback didn't work.");
    const missing = await copyNote(note, {
      env: display,
      stdout: captureStream(),
      clipboard: rejecting(xsel),
      platform: 'linux',
    });
    expect(missing.clipboardError).toBe('no clipboard helper found (install xsel or xclip, or wl-clipboard on Wayland)');
  });

  it('survives a terminal that throws on write and a clipboard that rejects with a non-error', async () => {
    const stdout = captureStream({ isTTY: true });
    stdout.write = () => {
      throw new Error('EPIPE');
    };
    const result = await copyNote(note, { env: display, stdout, clipboard: rejecting('nope'), platform: 'darwin' });
    expect(result).toEqual({
      method: 'none',
      clipboardError: 'the system clipboard failed: nope',
      terminalError: 'EPIPE',
      notes: [],
    });
  });
});

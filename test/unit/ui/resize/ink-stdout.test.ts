// The stream Ink draws on: the real one but for its erases (counted in rows), its height (no
// bottom, so Ink never clears the scrollback) and its resize handler (not subscribed).
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { eraseLines } from '../../../../src/ui/resize/erase-lines.js';
import { inkStdout, screenOf, terminalReflows } from '../../../../src/ui/resize/ink-stdout.js';

function terminal(columns: number) {
  const written: string[] = [];
  const stream = Object.assign(new EventEmitter(), {
    columns,
    rows: 24,
    isTTY: true,
    write: (chunk: string) => written.push(chunk) > 0,
  });
  return { stream: stream as unknown as NodeJS.WriteStream & { columns: number }, written };
}

const frame = `header\n${'x'.repeat(80)}\nhints\n`;

describe('inkStdout', () => {
  it('counts an erase in the rows the last frame takes at the width the terminal has now', () => {
    const { stream, written } = terminal(100);
    const stdout = inkStdout(stream, { reflows: true });
    stdout.write(frame);
    stream.columns = 40;
    stdout.write(`${eraseLines(4)}next\n`);
    // The 80-column line takes two rows at 40.
    expect(written).toEqual([frame, `${eraseLines(5)}next\n`]);
  });

  it('leaves the erase alone on a terminal that cuts lines instead of re-wrapping them', () => {
    const { stream, written } = terminal(100);
    const stdout = inkStdout(stream, { reflows: false });
    stdout.write(frame);
    stream.columns = 40;
    stdout.write(`${eraseLines(4)}next\n`);
    expect(written).toEqual([frame, `${eraseLines(4)}next\n`]);
  });

  it('tells Ink the screen has no bottom, and the layout the real size', () => {
    const { stream } = terminal(100);
    const stdout = inkStdout(stream, { reflows: true });
    expect(stdout.rows).toBe(Number.POSITIVE_INFINITY);
    expect(screenOf(stdout).rows).toBe(24);
    expect(stdout.columns).toBe(100);
    expect(stdout.isTTY).toBe(true);
  });

  it("keeps Ink's resize handler off the terminal, and every other listener on it", () => {
    const { stream } = terminal(100);
    const stdout = inkStdout(stream, { reflows: true });
    const listener = () => undefined;
    stdout.on('resize', listener);
    stdout.on('drain', listener);
    expect(stream.listenerCount('resize')).toBe(0);
    expect(stream.listenerCount('drain')).toBe(1);
    stdout.off('drain', listener);
    stdout.off('resize', listener);
    expect(stream.listenerCount('drain')).toBe(0);
    // The session's own size hook listens on the terminal's stream.
    expect(screenOf(stdout)).toBe(stream);
    expect(screenOf(stream)).toBe(stream);
  });
});

describe('terminalReflows', () => {
  it.each([
    [{ TERM: 'xterm-256color' }, true],
    [{ TERM: 'xterm-256color', XTERM_VERSION: 'XTerm(390)' }, false],
    [{ TERM: 'tmux-256color', XTERM_VERSION: 'XTerm(390)', TMUX: '/tmp/tmux-1000/default,1,0' }, true],
    [{ TERM: 'linux' }, false],
    [{ TERM: 'xterm-kitty' }, true],
  ])('%j: %s', (env, reflows) => {
    expect(terminalReflows(env)).toBe(reflows);
  });
});

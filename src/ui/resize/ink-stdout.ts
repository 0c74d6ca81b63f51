// The stdout Ink draws on: the real one, but for three of Ink's ways of redrawing, which are
// wrong for a session that lives in the scrollback (ink/build/ink.js and log-update.js, 6.8):
// - Ink erases its previous frame by the number of lines it wrote. A terminal that re-wraps
//   its lines when its width changes leaves the rows over that count on screen (the old frame's
//   header above the new one); screen-tail.ts counts the erase in rows as the terminal now has them.
// - Ink's own resize handler (resized()) redraws at once, before React has re-rendered with the
//   new size: the old layout, cut to the new width, and taller than a shorter screen. It is not
//   subscribed; use-terminal-size.ts re-renders the session, and that render redraws it.
// - A frame as tall as the screen makes Ink clear the screen and the whole scrollback
//   (ESC[2J ESC[3J) on its next redraw: the user's earlier commands and the session's story.
//   Our screens lay themselves out to fit (use-terminal-size.ts reads the true size), so Ink is
//   told the screen has no bottom and always erases by lines. What a shrinking terminal pushes
//   into the scrollback itself stays there, as for any program that does not clear it.
import { ScreenTail } from './screen-tail.js';

/**
 * Whether the terminal re-wraps its lines when its width changes. xterm itself and the Linux
 * console cut them instead, so Ink's count of lines is right there and is left alone. Inside
 * tmux, tmux is the terminal the program sees (and it reflows), whatever window it runs in.
 */
export function terminalReflows(env: NodeJS.ProcessEnv): boolean {
  if (env.TMUX) return true;
  return env.TERM !== 'linux' && env.XTERM_VERSION === undefined;
}

const screens = new WeakMap<object, NodeJS.WriteStream>();

/** The terminal's own stream behind `stdout` (itself when it is not one of ours). */
export function screenOf(stdout: NodeJS.WriteStream): NodeJS.WriteStream {
  return screens.get(stdout) ?? stdout;
}

/**
 * The terminal's width as it is now. Node updates `columns` only when it gets to SIGWINCH, and
 * keys typed right after a resize can be read, and their frame written, before that: the rows to
 * erase are the ones the terminal has at this moment. Node's own refresh asks the terminal
 * (an ioctl) and, when the size changed, updates it and emits 'resize' as SIGWINCH would.
 */
function widthNow(stdout: NodeJS.WriteStream): number {
  const refresh = (stdout as { _refreshSize?: () => void })._refreshSize;
  if (typeof refresh === 'function') refresh.call(stdout);
  return stdout.columns;
}

export function inkStdout(stdout: NodeJS.WriteStream, { reflows }: { readonly reflows: boolean }): NodeJS.WriteStream {
  const tail = new ScreenTail();
  const write = (chunk: unknown, ...rest: unknown[]): boolean => {
    const passed = reflows && typeof chunk === 'string' ? tail.pass(chunk, widthNow(stdout)) : chunk;
    return (stdout.write as (chunk: unknown, ...rest: unknown[]) => boolean)(passed, ...rest);
  };
  const subscribe =
    (method: 'on' | 'off') =>
    (event: string, listener: (...args: unknown[]) => void): NodeJS.WriteStream =>
      event === 'resize' ? proxy : stdout[method](event, listener);
  const proxy: NodeJS.WriteStream = new Proxy(stdout, {
    get(target, property) {
      if (property === 'write') return write;
      if (property === 'rows') return Number.POSITIVE_INFINITY;
      if (property === 'on' || property === 'addListener') return subscribe('on');
      if (property === 'off' || property === 'removeListener') return subscribe('off');
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  screens.set(proxy, stdout);
  return proxy;
}

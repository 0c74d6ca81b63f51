// The stdout Ink draws on: the real one, but for how Ink erases its previous frame
// (ink/build/log-update.js, 6.8): by the number of lines it wrote, in its resize handler and for
// every frame after. A terminal that re-wraps its lines when its width changes leaves the rows
// over that count on screen (the old frame's header above the new one); screen-tail.ts counts
// the erase in rows as the terminal now has them.
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
  return new Proxy(stdout, {
    get(target, property) {
      if (property === 'write') return write;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

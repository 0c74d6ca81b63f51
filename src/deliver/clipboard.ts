// Copying a note. The system clipboard first (clipboardy, which can hang on a stuck helper, so
// it races a timeout); then OSC 52 through the terminal; and when neither works the caller
// prints the note. This function never throws and never waits longer than the timeout.
import { messages } from './messages.js';
import { osc52Sequence } from './osc52.js';

export type CopyMethod = 'clipboard' | 'osc52' | 'none';

export interface CopyResult {
  /** How the note left: the system clipboard, the terminal (OSC 52), or not at all. */
  readonly method: CopyMethod;
  /** Why the system clipboard was not used; absent when it was. */
  readonly clipboardError?: string | undefined;
  /** Why OSC 52 was not used, when the method is 'none'. */
  readonly terminalError?: string | undefined;
  /** What the user should know about the method used (OSC 52 cannot be verified). */
  readonly notes: readonly string[];
}

export interface SystemClipboard {
  write(text: string): Promise<void>;
}

export interface CopyOptions {
  readonly env: NodeJS.ProcessEnv;
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean };
  readonly timeoutMs?: number;
  /** The system clipboard; clipboardy, loaded only now, when absent. */
  readonly clipboard?: SystemClipboard;
  readonly platform?: NodeJS.Platform;
}

const loadClipboardy = async (): Promise<SystemClipboard> => (await import('clipboardy')).default;

export async function copyNote(text: string, options: CopyOptions): Promise<CopyResult> {
  const timeoutMs = options.timeoutMs ?? 2000;
  const clipboardError = await trySystemClipboard(text, options, timeoutMs);
  if (clipboardError === undefined) return { method: 'clipboard', notes: [] };
  if (!options.stdout.isTTY) return { method: 'none', clipboardError, terminalError: messages.noTerminal, notes: [] };
  // OSC 52 is an escape sequence: a dumb terminal would show it as text.
  if (options.env.TERM === 'dumb') return { method: 'none', clipboardError, terminalError: messages.dumbTerminal, notes: [] };
  try {
    options.stdout.write(osc52Sequence(text, options.env));
  } catch (error) {
    return { method: 'none', clipboardError, terminalError: describe(error), notes: [] };
  }
  const notes = [messages.oscNote, ...(options.env.TMUX ? [messages.tmuxNote] : [])];
  return { method: 'osc52', clipboardError, notes };
}

/** Undefined when the text is on the clipboard, else why not, in the user's terms. */
async function trySystemClipboard(text: string, options: CopyOptions, timeoutMs: number): Promise<string | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((done) => {
    timer = setTimeout(() => done('timeout'), timeoutMs);
  });
  try {
    const write = (async () => {
      const clipboard = options.clipboard ?? (await loadClipboardy());
      await clipboard.write(text);
      return 'done' as const;
    })();
    // A write that fails after the timeout must not surface as an unhandled rejection.
    write.catch(() => undefined);
    const outcome = await Promise.race([write, timeout]);
    return outcome === 'timeout' ? messages.timedOut(timeoutMs) : undefined;
  } catch (error) {
    return explain(error, options);
  } finally {
    clearTimeout(timer);
  }
}

function explain(error: unknown, options: CopyOptions): string {
  const { env } = options;
  const platform = options.platform ?? process.platform;
  // On a headless Linux box clipboardy says "Couldn't find the xsel binary" when the real
  // cause is that there is no display to own a clipboard at all.
  const headless = platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY && !env.WSL_DISTRO_NAME && !env.TERMUX_VERSION;
  if (headless) return messages.noDisplay;
  const detail = describe(error);
  if (/display server|can't open display/i.test(detail) && env.DISPLAY) return messages.badDisplay(env.DISPLAY);
  if (/couldn't find the .?xsel.? binary|ENOENT/i.test(detail)) return messages.noHelper;
  return messages.failed(detail);
}

function describe(error: unknown): string {
  const record = error as { stderr?: unknown; message?: unknown } | null;
  const stderr = typeof record?.stderr === 'string' ? record.stderr.trim() : '';
  const message = stderr || (typeof record?.message === 'string' ? record.message : String(error));
  return message.split('\n')[0]!.trim();
}

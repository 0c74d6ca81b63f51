// A private virtual X display for tests that use the real system clipboard (xsel through
// clipboardy). Xvfb picks a free display number itself and writes it to `-displayfd` once it
// accepts connections, so there is no guessing of numbers and no sleeping until it is ready.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';

export interface VirtualDisplay {
  /** The value for DISPLAY, e.g. ":3". */
  readonly display: string;
  /** Reads the CLIPBOARD selection as xsel sees it. */
  readClipboard(): string;
  /**
   * The clipboard once it passes `test`, or as it last read after `timeoutMs`: xsel hands the
   * selection to a process of its own, which may take it a moment after the copy returns, so a
   * copy that replaces another is read until it shows (a wait on the condition, not a sleep).
   */
  clipboardOnce(test: (text: string) => boolean, timeoutMs?: number): Promise<string>;
  stop(): Promise<void>;
}

/** True when Xvfb and xsel are installed (`.ci/run` installs them). */
export function canUseVirtualDisplay(): boolean {
  const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
  return has('Xvfb') && has('xsel');
}

export async function startVirtualDisplay(timeoutMs = 30_000): Promise<VirtualDisplay> {
  // fd 3 carries the display number; stderr is kept for the error message if it fails.
  const child = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '640x480x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  const display = await readDisplayNumber(child, timeoutMs);
  const readClipboard = (): string => {
    const result = spawnSync('xsel', ['--clipboard', '--output'], {
      env: { ...process.env, DISPLAY: display },
      encoding: 'utf8',
      timeout: 20_000,
    });
    if (result.status !== 0) throw new Error(`xsel failed on ${display}: ${result.stderr}`);
    return result.stdout;
  };
  return {
    display,
    readClipboard,
    async clipboardOnce(test, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const text = readClipboard();
        if (test(text) || Date.now() > deadline) return text;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
    stop: () => stopProcess(child),
  };
}

function readDisplayNumber(child: ChildProcess, timeoutMs: number): Promise<string> {
  const fd3 = child.stdio[3] as NodeJS.ReadableStream;
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    let text = '';
    let settled = false;
    const fail = (why: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`Xvfb did not start: ${why}\n${stderr}`));
    };
    const timer = setTimeout(() => fail(`no display after ${timeoutMs} ms`), timeoutMs);
    fd3.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (settled || !text.includes('\n')) return;
      settled = true;
      clearTimeout(timer);
      resolve(`:${text.trim()}`);
    });
    child.once('error', (error) => fail(error.message));
    child.once('exit', (code) => fail(`exited with ${code}`));
  });
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const hard = setTimeout(() => child.kill('SIGKILL'), 3_000);
    child.once('exit', () => {
      clearTimeout(hard);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

// Hands a file to the program the system opens it with: `xdg-open` on Linux and the BSDs,
// `open` on macOS, `start` (through cmd) on Windows. The program is started detached and left
// to run: a mail program opened this way stays open after we exit.
import { spawn } from 'node:child_process';

export type OpenResult =
  | { readonly ok: true; readonly program: string }
  | { readonly ok: false; readonly program: string; readonly missing: boolean; readonly detail: string };

export function openerFor(platform: NodeJS.Platform = process.platform): {
  readonly program: string;
  readonly args: (file: string) => string[];
} {
  if (platform === 'darwin') return { program: 'open', args: (file) => [file] };
  // `start` is built into cmd; its first quoted argument is the window title, hence "".
  if (platform === 'win32') return { program: 'cmd', args: (file) => ['/c', 'start', '""', file] };
  return { program: 'xdg-open', args: (file) => [file] };
}

export function openFile(
  file: string,
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform = process.platform,
): Promise<OpenResult> {
  const { program, args } = openerFor(platform);
  const shown = platform === 'win32' ? 'start' : program;
  return new Promise((done) => {
    const child = spawn(program, args(file), { env, detached: true, stdio: 'ignore', windowsHide: true });
    child.once('error', (error: NodeJS.ErrnoException) =>
      done({ ok: false, program: shown, missing: error.code === 'ENOENT', detail: error.message }),
    );
    child.once('spawn', () => {
      child.unref();
      done({ ok: true, program: shown });
    });
  });
}

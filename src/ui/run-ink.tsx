// Mounts the Ink app on the command's streams and resolves with what the root reported.
import { render } from 'ink';
import type { CommandContext } from '../cli/context.js';
import type { StopSignal } from '../cli/errors.js';
import { App, type SessionResult } from './app.js';
import type { SessionDeps } from '../session/effects.js';
import type { Opening } from '../session/opening.js';
import { inkStdout, terminalReflows } from './resize/ink-stdout.js';

const BRACKETED_PASTE_ON = '\u001b[?2004h';
const BRACKETED_PASTE_OFF = '\u001b[?2004l';

export async function runInk(deps: SessionDeps, context: CommandContext, opening?: Opening): Promise<SessionResult> {
  const stdin = context.stdin as NodeJS.ReadStream;
  // After an @inquirer prompt the stream may be paused; Ink would then never see a key.
  stdin.resume();
  const terminal = context.stdout as NodeJS.WriteStream;
  // Redraws that leave no rows of an old frame behind and never clear the scrollback.
  const stdout = inkStdout(terminal, { reflows: terminalReflows(context.env) });
  const instance = render(<App deps={deps} opening={opening} stopSignals={processSignals} />, {
    stdin,
    stdout,
    stderr: context.stderr as NodeJS.WriteStream,
    // Ctrl-C saves the draft first: the app handles it and exits with 'cancelled'.
    exitOnCtrlC: false,
    patchConsole: false,
  });
  // Bracketed paste: the terminal marks a paste (ESC[200~ ... ESC[201~), so pasted line breaks
  // are never taken for Enter (src/ui/text-input/read-chunk.ts). Off again before anything else
  // owns the terminal, also when the process ends early.
  const pasteOff = () => void terminal.write(BRACKETED_PASTE_OFF);
  terminal.write(BRACKETED_PASTE_ON);
  process.once('exit', pasteOff);
  let result: SessionResult | undefined;
  try {
    result = (await instance.waitUntilExit()) as SessionResult | undefined;
  } finally {
    process.off('exit', pasteOff);
    pasteOff();
  }
  stdin.ref();
  return result ?? { kind: 'cancelled', savedDraft: false };
}

const STOP_SIGNALS: readonly StopSignal[] = ['SIGTERM', 'SIGHUP'];

/**
 * SIGTERM (`kill`, a shutdown) and SIGHUP (the terminal window closed) would end Node at once,
 * losing the answer being saved; listening to them lets the app save first. The first one
 * counts: a second while saving changes nothing.
 */
function processSignals(stop: (signal: StopSignal) => void): () => void {
  let stopped = false;
  const on = (signal: StopSignal) => {
    if (stopped) return;
    stopped = true;
    stop(signal);
  };
  for (const signal of STOP_SIGNALS) process.on(signal, on);
  return () => {
    for (const signal of STOP_SIGNALS) process.off(signal, on);
  };
}

// Mounts the Ink app on the command's streams and resolves with what the root reported.
import { render } from 'ink';
import type { CommandContext } from '../cli/context.js';
import { App, type SessionResult } from './app.js';
import type { SessionDeps } from './deps.js';
import type { Opening } from './opening.js';

export async function runInk(deps: SessionDeps, context: CommandContext, opening?: Opening): Promise<SessionResult> {
  const stdin = context.stdin as NodeJS.ReadStream;
  // After an @inquirer prompt the stream may be paused; Ink would then never see a key.
  stdin.resume();
  const instance = render(<App deps={deps} opening={opening} />, {
    stdin,
    stdout: context.stdout as NodeJS.WriteStream,
    stderr: context.stderr as NodeJS.WriteStream,
    // Ctrl-C saves the draft first: the app handles it and exits with 'cancelled'.
    exitOnCtrlC: false,
    patchConsole: false,
  });
  const result = (await instance.waitUntilExit()) as SessionResult | undefined;
  stdin.ref();
  return result ?? { kind: 'cancelled', savedDraft: false };
}

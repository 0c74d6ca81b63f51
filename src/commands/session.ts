// The default command: the guided session. Ink in a terminal, the line mode with --plain or
// TERM=dumb, and --from FILE for everything without a terminal. Exit codes are decided here.
import { parseCommand } from '../cli/args.js';
import { type CommandContext, whyNotInteractive } from '../cli/context.js';
import { CancelledError, EXIT, UsageError } from '../cli/errors.js';
import { closing as closingMessages } from '../session/home-messages.js';
import { exit as words } from '../ui/messages.js';
import { createSessionDeps } from './session-deps.js';
import type { SessionResult } from '../ui/app.js';
import { withoutFetch } from '../ui/without-fetch.js';

const SPEC = { name: 'session', options: { plain: { type: 'boolean' }, from: { type: 'string' } }, positionals: [] } as const;

/** The one line a Ctrl-C in the Ink session ends with: what is saved, or why not. */
export function stoppedWords(result: Extract<SessionResult, { kind: 'cancelled' }>): string {
  if (result.savedDraft) return words.saved;
  if (result.savedAs !== undefined) return closingMessages.stoppedSaved(result.savedAs, result.recorded ?? []);
  if (result.notSaved !== undefined) return words.notSaved(result.notSaved);
  return words.cancelled(result.recorded ?? []);
}

/** Why the session cannot ask here, in the words that say what to do about it. */
function noTerminal(context: CommandContext): UsageError {
  switch (whyNotInteractive(context.stdin, context.stdout, context.env)) {
    case 'ci':
      return new UsageError(words.ciSet, words.ciSetTry);
    case 'output':
      return new UsageError(words.outputNotTerminal, words.outputNotTerminalTry);
    default:
      return new UsageError(words.noTerminal, words.noTerminalTry);
  }
}

export async function run(context: CommandContext): Promise<number> {
  const parsed = parseCommand(SPEC, context.argv);
  if (parsed.help) {
    const { TOP_HELP } = await import('../cli/help.js');
    context.stdout.write(TOP_HELP);
    return EXIT.ok;
  }
  if (parsed.values.from !== undefined) {
    const { notesFromFile } = await import('./session-from-file.js');
    return notesFromFile(parsed.values.from, context);
  }
  // Decided once, before anything renders: without a terminal Ink would crash on raw mode.
  if (!context.interactive) throw noTerminal(context);
  const { deps, dispose, ready } = createSessionDeps(context);
  try {
    if (parsed.values.plain || context.env.TERM === 'dumb') {
      await ready();
      const { runLineSession } = await import('../line/index.js');
      return await runLineSession(context, deps);
    }
    // chalk 5 (Ink's colours) reads FORCE_COLOR but not NO_COLOR (no-color.org): translate it
    // before Ink loads, since chalk fixes its colour level when it is first imported.
    if (context.env.NO_COLOR && context.env.FORCE_COLOR === undefined) process.env.FORCE_COLOR = '0';
    // The store is read while Ink loads (see src/session/opening.ts): the first frame asks at once.
    const [{ runInk }, opening] = await Promise.all([
      withoutFetch(() => import('../ui/run-ink.js')),
      import('../session/opening.js').then(({ openSession }) => openSession(deps)),
    ]);
    const result = await runInk(deps, context, opening);
    if (result.kind === 'cancelled') throw new CancelledError(stoppedWords(result), result.signal);
    if (result.interviewId) context.stdout.write(`${words.done(result.interviewId)}\n`);
    if (result.interviewId && result.next) context.stdout.write(`${words.next(result.next)}\n`);
    return EXIT.ok;
  } finally {
    await dispose();
  }
}

// Line mode: the guided session asked line by line with @inquirer/prompts, for screen readers
// and basic terminals (`followup-coach --plain`, and automatically when TERM=dumb).
//
// Called by src/commands/session.ts, instead of mounting Ink (never both at once):
//
//   export async function runLineSession(context: CommandContext, deps: SessionDeps, ask?: Prompter): Promise<number>
//
// `deps` are the same injected effects the Ink app gets (src/session/effects.ts), and the flow is
// the same session core (src/session/guide.ts): resume, home, the step table's questions, the
// save at the review. Returns 0 when finished. On Ctrl-C it throws CancelledError (one line
// saying how to resume; exit 130) once the latest answers are saved.
import type { CommandContext } from '../cli/context.js';
import { CancelledError, EXIT, UsageError } from '../cli/errors.js';
import { closingMessages, openSession, stopOutcome } from '../session/index.js';
import type { SessionDeps } from '../session/effects.js';
import { drive } from './drive.js';
import { messages } from './messages.js';
import { plainPrompter } from './plain-prompter.js';
import { lineColumns } from './print-width.js';
import { inquirerPrompter, type Prompter } from './prompter.js';
import { walkSession } from './session-loop.js';

export async function runLineSession(context: CommandContext, deps: SessionDeps, ask?: Prompter): Promise<number> {
  if (!context.interactive) throw new UsageError(messages.noTerminal, messages.noTerminalTry);
  deps.warmUp();
  // `ask` is for tests: scripted answers instead of a terminal.
  // A dumb terminal gets plain lines only; any other gets @inquirer/prompts' line editing.
  const streams = { input: context.stdin, output: context.stdout };
  const columns = () => lineColumns(context.stdout as { columns?: number }, context.env);
  const prompter =
    ask ?? (context.env.TERM === 'dumb' ? plainPrompter({ ...streams, columns }) : await inquirerPrompter(streams, columns));
  const guide = drive(deps, prompter);
  try {
    await guide.send({ type: 'opened', opening: await openSession(deps) });
    await walkSession(guide, deps, prompter);
    return EXIT.ok;
  } catch (error) {
    // @inquirer/prompts rejects with ExitPromptError on Ctrl-C: the latest answers go to disk
    // first, and the message says whether they got there.
    if (error instanceof Error && error.name === 'ExitPromptError') {
      const state = guide.state();
      const outcome = stopOutcome(state);
      // Away from the questions nothing was being typed: say what was recorded, if anything.
      if (outcome.kind === 'nothing') throw new CancelledError(messages.stopped(state.recorded));
      // On the review of an interview saved whole, nothing is unfinished: no draft is left to offer.
      if (outcome.kind === 'saved') {
        await guide.runner.discard();
        throw new CancelledError(closingMessages.stoppedSaved(outcome.interviewId, state.recorded));
      }
      const why = await guide.runner.flush(outcome.draft);
      throw new CancelledError(why === null ? messages.cancelled : messages.notSaved(why));
    }
    throw error;
  }
}

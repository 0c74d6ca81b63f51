// What every command receives from the entry point. Commands never read process.* directly,
// so tests can run them in-process with fake streams, a temp home and a fixed clock.
import { cliMessages } from './entry-messages.js';
import { UsageError } from './errors.js';

export interface CommandContext {
  /** The arguments after the command name. */
  readonly argv: readonly string[];
  readonly stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number; rows?: number };
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
  readonly env: NodeJS.ProcessEnv;
  /** True only with a terminal on both ends and not in CI: decided once, here. */
  readonly interactive: boolean;
  readonly now: () => Date;
}

export type Command = (context: CommandContext) => Promise<number>;

export function isInteractive(stdin: { isTTY?: boolean }, stdout: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  return whyNotInteractive(stdin, stdout, env) === null;
}

/**
 * What keeps a session from asking here, or null when nothing does: CI is set, the input is not
 * a terminal (a pipe, a file), or the output is not (`followup-coach > out.txt`). Each needs
 * its own words: the way out differs.
 */
export function whyNotInteractive(
  stdin: { isTTY?: boolean },
  stdout: { isTTY?: boolean },
  env: NodeJS.ProcessEnv,
): 'ci' | 'input' | 'output' | null {
  if (env.CI !== undefined && env.CI !== '' && env.CI !== 'false' && env.CI !== '0') return 'ci';
  if (!stdin.isTTY) return 'input';
  if (!stdout.isTTY) return 'output';
  return null;
}

/**
 * The clock. `FOLLOWUP_COACH_NOW` (an ISO date or date-time) pins it, so the built CLI can be
 * tested as a subprocess on a fixed day, and a user can see what the coach would say on
 * another day (README, "Another day").
 */
export function clockFrom(env: NodeJS.ProcessEnv): () => Date {
  const pinned = env.FOLLOWUP_COACH_NOW;
  if (pinned) {
    const at = new Date(pinned.length === 10 ? `${pinned}T09:00:00` : pinned);
    if (!Number.isNaN(at.getTime())) return () => new Date(at);
    // A typo must not quietly mean today: the command that asks the time says what to fix.
    return () => {
      throw new UsageError(cliMessages.badNow(pinned), cliMessages.badNowTry);
    };
  }
  return () => new Date();
}

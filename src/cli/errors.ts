// Errors that end a command. Each pairs what happened with what to try, and carries its exit
// code, so exit codes are decided in one place (src/cli.ts) and nowhere else.

export const EXIT = { ok: 0, failure: 1, usage: 2, cancelled: 130 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Marks a CliError from any bundle: the built CLI's dispatcher and each command are separate files, each with its own copy of these classes, so `instanceof` cannot tell. */
const BRAND = Symbol.for('followup-coach.CliError');

export function isCliError(value: unknown): value is CliError {
  return value instanceof Error && (value as { [BRAND]?: unknown })[BRAND] === true;
}

export class CliError extends Error {
  readonly [BRAND] = true;

  constructor(
    message: string,
    readonly tryMessage?: string,
    readonly exitCode: ExitCode = EXIT.failure,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** The user asked for something the command cannot do as asked: exit 2. */
export class UsageError extends CliError {
  constructor(message: string, tryMessage?: string) {
    super(message, tryMessage, EXIT.usage);
    this.name = 'UsageError';
  }
}

/** The user cancelled (Ctrl-C): exit 130 after saying how to come back. */
export class CancelledError extends CliError {
  constructor(message: string) {
    super(message, undefined, EXIT.cancelled);
    this.name = 'CancelledError';
  }
}

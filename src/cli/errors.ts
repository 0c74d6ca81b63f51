// Errors that end a command. Each pairs what happened with what to try; which exit code each
// kind means is decided in one place, src/cli.ts.

export const EXIT = { ok: 0, failure: 1, usage: 2, cancelled: 130 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** The command could not do what was asked: exit 1. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly tryMessage?: string,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** The user asked for something the command cannot do as asked: exit 2. */
export class UsageError extends CliError {
  constructor(message: string, tryMessage?: string) {
    super(message, tryMessage);
    this.name = 'UsageError';
  }
}

/** The user cancelled (Ctrl-C): exit 130 after saying how to come back. */
export class CancelledError extends CliError {
  constructor(message: string) {
    super(message);
    this.name = 'CancelledError';
  }
}

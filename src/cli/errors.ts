// Errors that end a command. Each pairs what happened with what to try; which exit code each
// kind means is decided in one place, src/cli.ts.

// 129 and 143 are what a shell reports for a process ended by SIGHUP and SIGTERM (128 + the
// signal's number): a session that saves and then stops on one still reports it. 141 (SIGPIPE)
// is how a Unix filter ends when its reader has gone (`| head -1`): output was lost, so not 0.
export const EXIT = { ok: 0, failure: 1, usage: 2, cancelled: 130, SIGHUP: 129, SIGPIPE: 141, SIGTERM: 143 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** The signals a session saves its draft on before it stops, as it does on Ctrl-C. */
export type StopSignal = 'SIGTERM' | 'SIGHUP';

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

/**
 * The user cancelled (Ctrl-C): exit 130 after saying how to come back. Ended by a signal
 * instead (SIGTERM, SIGHUP: `kill`, a closed terminal), the code is the shell's 128 + its number.
 */
export class CancelledError extends CliError {
  constructor(
    message: string,
    readonly signal?: StopSignal,
  ) {
    super(message);
    this.name = 'CancelledError';
  }
}

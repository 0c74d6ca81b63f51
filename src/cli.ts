// The entry point: decide which command runs, build its context, and turn its outcome into an
// exit code. Each command is imported only when chosen, so `regen` never loads React and
// `--help` loads almost nothing. The built CLI runs this from dist/cli.js with every command of
// src/commands/index.ts, and from each command's own bundle with that command alone.
import { isInteractive, clockFrom, type CommandContext } from './cli/context.js';
import { CancelledError, CliError, EXIT, UsageError, type ExitCode } from './cli/errors.js';
import { TOP_HELP } from './cli/help.js';
import { cliMessages as m } from './cli/entry-messages.js';
import type { LoadCommand } from './commands/index.js';
import { countrySettingProblem } from './model/holidays.js';
import pkg from '../package.json' with { type: 'json' };
import { isFileOrPipe, plainOutput } from './cli/plain-output.js';
import { showingStream } from './cli/showing-stream.js';
import { showText } from './cli/terminal-text.js';
import { SaveError } from './store/save-error.js';

/** What `main` can run: commands by name, and the guided session when no command is named. */
export interface Dispatch {
  readonly commands: Readonly<Record<string, LoadCommand>>;
  /** Null in a command's own bundle, which bin/ starts only for that command. */
  readonly session: LoadCommand | null;
}

export async function main(
  argv: readonly string[],
  base: Omit<CommandContext, 'argv' | 'interactive'>,
  dispatch: Dispatch,
): Promise<number> {
  const [first, ...rest] = argv;
  if (first === '--version' || first === '-v') {
    base.stdout.write(`${pkg.version}\n`);
    return EXIT.ok;
  }
  if (first === '--help' || first === '-h' || first === 'help') {
    base.stdout.write(TOP_HELP);
    return EXIT.ok;
  }
  const command = first !== undefined && Object.hasOwn(dispatch.commands, first) ? dispatch.commands[first] : undefined;
  const load = command ?? (first === undefined || first.startsWith('-') ? dispatch.session : null);
  if (load === null || load === undefined) {
    base.stderr.write(showText(m.unknownCommand(first ?? '')));
    return EXIT.usage;
  }
  const countryProblem = countrySettingProblem(base.env);
  if (countryProblem !== null) base.stderr.write(m.problem(countryProblem));
  const context = contextOf(base, command ? rest : argv);
  try {
    // A mistyped FOLLOWUP_COACH_NOW stops here, before any command or screen reads the clock.
    context.now();
    const { run } = await load();
    return await run(context);
  } catch (error) {
    return report(error, context);
  }
}

/**
 * The command's context. Nothing in it is read before the command asks: process.stdin (and
 * with it whether the session is interactive) costs Node 2 to 4 ms to set up, and
 * `regen ID --print` never needs it.
 */
function contextOf(base: Omit<CommandContext, 'argv' | 'interactive'>, argv: readonly string[]): CommandContext {
  let interactive: boolean | undefined;
  let stderr: NodeJS.WritableStream | undefined;
  const context: CommandContext = Object.defineProperties({} as CommandContext, {
    ...Object.getOwnPropertyDescriptors(base),
    // Every message on stderr can carry what a user or another program wrote (a path, a
    // field, a helper's complaint): all of it goes out through cli/terminal-text.ts.
    stderr: { get: () => (stderr ??= showingStream(base.stderr)), enumerable: true },
    argv: { value: argv, enumerable: true },
    interactive: { get: () => (interactive ??= isInteractive(context.stdin, context.stdout, context.env)), enumerable: true },
  });
  return context;
}

/** The exit code for each kind of error a command ends with: decided here and nowhere else. */
function exitCodeOf(error: CliError): ExitCode {
  if (error instanceof UsageError) return EXIT.usage;
  if (error instanceof CancelledError) return EXIT[error.signal ?? 'cancelled'];
  return EXIT.failure;
}

function report(error: unknown, context: CommandContext): number {
  if (error instanceof CliError) {
    context.stderr.write(m.problem(error.message));
    if (error.tryMessage) context.stderr.write(m.tryThis(error.tryMessage));
    return exitCodeOf(error);
  }
  // The system refused a file or folder (a read-only or missing home, a path too long): say
  // which and what to set, not a stack trace.
  const system = error as NodeJS.ErrnoException;
  if (system instanceof Error && typeof system.code === 'string' && typeof system.path === 'string') {
    return report(SaveError.from(system, system.path), context);
  }
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  context.stderr.write(m.unexpected(detail));
  return EXIT.failure;
}

/** Runs the CLI against the real process; only the bundles' entries (scripts/build.mjs) call this. */
export async function runFromProcess(dispatch: Dispatch): Promise<never> {
  // `followup-coach ... | head -1`: once the reader has gone, nobody can see more output, so
  // stop quietly, as every Unix filter does, instead of dying on an unhandled EPIPE; and with
  // the code a shell gives a filter killed by SIGPIPE, since what was left to say was lost.
  const readerGone = () => process.exit(EXIT.SIGPIPE);
  let stream: NodeJS.WriteStream | undefined;
  const openStream = (): NodeJS.WriteStream => {
    if (stream === undefined) {
      stream = process.stdout;
      stream.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code === 'EPIPE') readerGone();
        throw error;
      });
    }
    return stream;
  };
  // A file or a pipe needs no stream to write a note to (src/cli/plain-output.ts), nor the
  // lines said beside it (`regen --print 2> log`, or another program reading both): the stream
  // stack Node loads for the first of them is a twentieth of `regen ID --print`'s instructions. A
  // reader of stderr that has gone ends the command as one of stdout does.
  let stdout: NodeJS.WriteStream | undefined;
  const openStdout = (): NodeJS.WriteStream =>
    (stdout ??= isFileOrPipe(1) ? plainOutput(1, openStream, readerGone) : openStream());
  let stderr: NodeJS.WriteStream | undefined;
  const openStderr = (): NodeJS.WriteStream =>
    (stderr ??= isFileOrPipe(2) ? plainOutput(2, () => process.stderr, readerGone) : process.stderr);
  // Getters: Node sets each stream up on first use (2 to 4 ms each), and a command may never
  // use stdin.
  const code = await main(
    process.argv.slice(2),
    {
      get stdin() {
        return process.stdin;
      },
      get stdout() {
        return openStdout();
      },
      get stderr() {
        return openStderr();
      },
      env: process.env,
      now: clockFrom(process.env),
    },
    dispatch,
  );
  // A hung clipboard helper or a lingering worker must not keep the process alive: the
  // command is over, so leave once the output has drained.
  const written = stdout;
  if (written !== undefined) await new Promise<void>((done) => written.write('', () => done()));
  process.exit(code);
}

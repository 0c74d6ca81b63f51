// The entry point: decide which command runs, build its context, and turn its outcome into an
// exit code. Each command is imported only when chosen, so `regen` never loads React and
// `--help` loads almost nothing.
import { isInteractive, clockFrom, type CommandContext } from './cli/context.js';
import { EXIT, isCliError } from './cli/errors.js';
import { TOP_HELP } from './cli/help.js';
import pkg from '../package.json' with { type: 'json' };
import { countrySettingProblem, holidaysFor } from './model/holidays.js';
import { useHolidays } from './model/dates.js';
import { showingStream } from './cli/showing-stream.js';
import { showText } from './cli/terminal-text.js';
import { SaveError } from './store/save-error.js';
import { COMMAND_NAMES, loadCommand, loadSession, provideLoaders, type CommandName, type Loaders } from './loaders.js';

const isCommand = (word: string): word is CommandName => (COMMAND_NAMES as readonly string[]).includes(word);

export async function main(argv: readonly string[], base: Omit<CommandContext, 'argv' | 'interactive'>): Promise<number> {
  const [first, ...rest] = argv;
  if (first === '--version' || first === '-v') {
    base.stdout.write(`${pkg.version}\n`);
    return EXIT.ok;
  }
  if (first === '--help' || first === '-h' || first === 'help') {
    base.stdout.write(TOP_HELP);
    return EXIT.ok;
  }
  const known = first !== undefined && isCommand(first);
  if (first !== undefined && !first.startsWith('-') && !known) {
    base.stderr.write(showText(`followup-coach: unknown command "${first}".\nTry: followup-coach --help\n`));
    return EXIT.usage;
  }
  // Business days skip the user's public holidays: read only when a command counts one.
  useHolidays(() => holidaysFor(base.env)?.days ?? null);
  const countryProblem = countrySettingProblem(base.env);
  if (countryProblem !== null) base.stderr.write(`followup-coach: ${countryProblem}\n`);
  const load = known ? () => loadCommand(first as CommandName) : loadSession;
  const context = contextOf(base, known ? rest : argv);
  try {
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
    // field, a helper's complaint): all of it goes out through terminal-text.ts.
    stderr: { get: () => (stderr ??= showingStream(base.stderr)), enumerable: true },
    argv: { value: argv, enumerable: true },
    interactive: { get: () => (interactive ??= isInteractive(context.stdin, context.stdout, context.env)), enumerable: true },
  });
  return context;
}

function report(error: unknown, context: CommandContext): number {
  if (isCliError(error)) {
    context.stderr.write(`followup-coach: ${error.message}\n`);
    if (error.tryMessage) context.stderr.write(`Try: ${error.tryMessage}\n`);
    return error.exitCode;
  }
  // The system refused a file or folder (a read-only or missing home, a path too long): say
  // which and what to set, not a stack trace.
  const system = error as NodeJS.ErrnoException;
  if (system instanceof Error && typeof system.code === 'string' && typeof system.path === 'string') {
    return report(SaveError.from(system, system.path), context);
  }
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  context.stderr.write(
    `followup-coach: something went wrong that should not have.\n${detail}\n` +
      'Your saved interviews are untouched. Please report this with the lines above.\n',
  );
  return EXIT.failure;
}

export interface ProcessOptions {
  /** How the built CLI loads a command, the session and clipboardy (src/loaders.ts). */
  readonly loaders?: Loaders;
  /** Runs just before the process exits with the command's code (bin/ saves its code cache). */
  readonly beforeExit?: () => void;
}

/** Runs the CLI against the real process; only bin/followup-coach.js calls this. */
export async function runFromProcess(options: ProcessOptions = {}): Promise<never> {
  if (options.loaders) provideLoaders(options.loaders);
  // `followup-coach ... | head -1`: once the reader has gone, nobody can see more output, so
  // stop quietly, as every Unix filter does, instead of dying on an unhandled EPIPE.
  let stdout: NodeJS.WriteStream | undefined;
  const openStdout = (): NodeJS.WriteStream => {
    if (stdout === undefined) {
      stdout = process.stdout;
      stdout.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code === 'EPIPE') process.exit(EXIT.ok);
        throw error;
      });
    }
    return stdout;
  };
  // Getters: Node sets each stream up on first use (2 to 4 ms each), and a command may never
  // use stdin.
  const code = await main(process.argv.slice(2), {
    get stdin() {
      return process.stdin;
    },
    get stdout() {
      return openStdout();
    },
    get stderr() {
      return process.stderr;
    },
    env: process.env,
    now: clockFrom(process.env),
  });
  // A hung clipboard helper or a lingering worker must not keep the process alive: the
  // command is over, so leave once the output has drained.
  const written = stdout;
  if (written !== undefined) await new Promise<void>((done) => written.write('', () => done()));
  options.beforeExit?.();
  process.exit(code);
}

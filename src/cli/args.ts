// Strict argument parsing for every command (node:util parseArgs), with errors that say what
// was wrong, suggest the flag that was probably meant, and point to the command's help.
import { parseArgs } from 'node:util';
import { closest } from '../model/closest.js';
import { argsMessages as m } from './args-messages.js';
import { UsageError } from './errors.js';

export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  /** May be given more than once (`--rule a=off --rule b=error`): the values come as a list. */
  readonly multiple?: boolean;
}

export interface CommandSpec<O extends Readonly<Record<string, OptionSpec>>> {
  readonly name: string;
  readonly options: O;
  /** Names of the positional arguments, in order; `?` marks an optional one ("ID?"). */
  readonly positionals: readonly string[];
}

type Values<O extends Readonly<Record<string, OptionSpec>>> = {
  readonly [K in keyof O]?: O[K]['multiple'] extends true ? readonly string[] : O[K]['type'] extends 'string' ? string : boolean;
};

export type Parsed<O extends Readonly<Record<string, OptionSpec>>> =
  | { readonly help: true }
  | { readonly help: false; readonly values: Values<O>; readonly positionals: readonly string[] };

export function parseCommand<O extends Readonly<Record<string, OptionSpec>>>(
  spec: CommandSpec<O>,
  argv: readonly string[],
): Parsed<O> {
  const helpTry = m.helpTry(spec.name);
  const options = { ...spec.options, help: { type: 'boolean', short: 'h' } } as const;
  let parsed: { values: Record<string, string | boolean | string[] | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...argv], options, strict: true, allowPositionals: true }) as unknown as typeof parsed;
  } catch (error) {
    throw new UsageError(explain(error as Error & { code?: string }, Object.keys(options)), helpTry);
  }
  if (parsed.values.help) return { help: true };
  for (const [name, value] of Object.entries(parsed.values).flatMap(([key, found]) =>
    Array.isArray(found) ? found.map((one: string) => [key, one] as const) : [[key, found] as const],
  )) {
    // `--to --print` would otherwise quietly send the note to a person named "--print".
    if (typeof value === 'string' && value.startsWith('--')) {
      throw new UsageError(m.gotOption(name, value), helpTry);
    }
    if (typeof value === 'string' && value.trim() === '') {
      throw new UsageError(m.emptyValue(name), helpTry);
    }
  }
  const max = spec.positionals.length;
  const required = spec.positionals.filter((name) => !name.endsWith('?')).length;
  if (parsed.positionals.length > max) {
    const names = spec.positionals.map((p) => p.replace('?', ''));
    throw new UsageError(m.unexpected(spec.name, names, parsed.positionals.slice(max)), helpTry);
  }
  if (parsed.positionals.length < required) {
    const missing = spec.positionals[parsed.positionals.length]!;
    throw new UsageError(m.missing(spec.name, missing), helpTry);
  }
  return { help: false, values: parsed.values as Values<O>, positionals: parsed.positionals };
}

function explain(error: Error & { code?: string }, known: readonly string[]): string {
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const flag = /'([^']+)'/.exec(error.message)?.[1] ?? error.message;
    const guess = closest(flag.replace(/^-+/, '').split('=')[0]!, known);
    return m.unknownOption(flag, guess);
  }
  const missing = /Option '(-\w, )?(--[\w-]+)[^']*' argument (missing|is ambiguous)/.exec(error.message);
  if (missing) return m.needsValue(missing[2]!);
  const noValue = /Option '(-\w, )?(--[\w-]+)' does not take an argument/.exec(error.message);
  if (noValue) return m.isSwitch(noValue[2]!);
  return error.message;
}

// The four things the line mode does with the terminal: ask for text, ask for a choice, ask yes
// or no, and print a line. Behind an interface so the walk through the step table can be tested
// with scripted answers, and so @inquirer/prompts is the only stdin owner while it asks.
import type { Context } from '@inquirer/type';
import { messages } from './messages.js';
import { choiceLabel, printable } from './print-width.js';
import { typeAhead, type TerminalInput } from './type-ahead.js';

export const BACK = Symbol('back');
export type Back = typeof BACK;

export interface Option<V extends string> {
  readonly value: V;
  readonly label: string;
}

export interface Prompter {
  /** `validate` returns what to type instead, or undefined; "<" alone means back. */
  text(message: string, initial: string, validate: (value: string) => string | undefined): Promise<string | Back>;
  choose<V extends string>(message: string, options: readonly Option<V>[], initial?: V, canGoBack?: boolean): Promise<V | Back>;
  confirm(message: string, initial: boolean): Promise<boolean>;
  print(line: string): void;
}

const BACK_VALUE = '\u0000back';

/**
 * Whether a typed answer means "back": "<" alone, or "<" typed at the end of the earlier answer
 * put on the line to edit (the line then reads "n@example.com<").
 */
export function meansBack(value: string, initial: string): boolean {
  const typed = value.trim();
  return typed === messages.back || (initial.trim() !== '' && typed === `${initial.trim()}${messages.back}`);
}

/** The real prompter: @inquirer/prompts on the given streams. Ctrl-C rejects with ExitPromptError. */
export async function inquirerPrompter(
  context: Required<Pick<Context, 'input' | 'output'>>,
  columns: () => number = () => 80,
): Promise<Prompter> {
  const { input, rawlist, confirm } = await import('@inquirer/prompts');
  // One line per question, so a pasted block answers the questions in turn (type-ahead.ts).
  const ahead = typeAhead(context.input as TerminalInput);
  const io: Context = { input: ahead.input, output: context.output };
  return {
    async text(message, initial, validate) {
      const answer = await input(
        {
          message,
          default: initial === '' ? undefined : initial,
          // The earlier answer is shown beside the question, not put on the line: Enter keeps
          // it, typing replaces it, and Tab puts it on the line to edit. On the line, new typing
          // was glued onto it ("Devansh RaoLakeshore Mutual").
          prefill: 'tab',
          // A refused answer leaves a fresh, empty line: the message says what to type, and
          // keeping the refused text made the next try read "name@outlookname@outlook.com".
          theme: { validationFailureMode: 'clear' },
          validate: (value) => {
            const problem = meansBack(value, initial) ? undefined : validate(value);
            if (problem === undefined) return true;
            const dropped = ahead.refused();
            return dropped === 0 ? problem : `${problem} ${messages.pastedLinesDropped(dropped)}`;
          },
        },
        io,
      );
      return meansBack(answer, initial) ? BACK : answer;
    },
    async choose(message, options, initial, canGoBack = true) {
      // A numbered list: type the number, which works on any terminal and with a screen reader.
      // Each label broken between words to the terminal (print-width.ts); the answer shown after
      // the question is the label whole.
      const choices = [
        ...options.map((o) => ({ value: o.value as string, name: o.label })),
        ...(canGoBack ? [{ value: BACK_VALUE, name: messages.backChoice }] : []),
      ].map((choice, at) => ({ ...choice, short: choice.name, name: choiceLabel(choice.name, String(at + 1), columns()) }));
      // Enter takes the first option when none is named, as the full-screen menus do.
      const picked = await rawlist({ message, choices, default: initial ?? options[0]?.value }, io);
      return picked === BACK_VALUE ? BACK : (picked as (typeof options)[number]['value']);
    },
    confirm: (message, initial) => confirm({ message, default: initial }, io),
    // Everything line mode prints can hold what the user typed: through terminal-text.ts, and
    // wrapped between words to the terminal's width.
    print: (line) => void context.output.write(printable(line, columns())),
  };
}

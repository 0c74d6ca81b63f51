// The prompter for a dumb terminal (TERM=dumb): plain text and newlines, nothing else. The
// terminal stays in its normal line mode, so the terminal itself echoes what is typed and
// applies Backspace and Ctrl-U before the line reaches us; we read whole lines. @inquirer/prompts
// cannot do this: it moves the cursor and redraws, and in Node's readline for TERM=dumb
// Backspace and Ctrl-U arrive as characters.
import { createInterface } from 'node:readline';
import { applyErasures } from './erase.js';
import { messages } from './messages.js';
import { printable } from './print-width.js';
import { BACK, type Back, type Option, type Prompter } from './prompter.js';

export interface PlainStreams {
  readonly input: NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (on: boolean) => unknown };
  readonly output: NodeJS.WritableStream;
  /** Where Ctrl-C arrives as a signal (the terminal's line mode sends SIGINT); the process by default. */
  readonly signals?: Pick<NodeJS.Process, 'on' | 'off'>;
  /** The terminal's width, to wrap printed lines between words; 80 by default. */
  readonly columns?: () => number;
}

/** Ends a prompt as @inquirer/prompts does on Ctrl-C, so the line mode handles both alike. */
function exitPromptError(): Error {
  return Object.assign(new Error('User force closed the prompt'), { name: 'ExitPromptError' });
}

export function plainPrompter({ input, output, signals = process, columns = () => 80 }: PlainStreams): Prompter {
  if (input.isTTY) input.setRawMode?.(false);
  const lines = createInterface({ input, terminal: false });
  const waiting: { resolve: (line: string) => void; reject: (error: Error) => void }[] = [];
  const queued: string[] = [];
  let closed = false;
  // Between prompts nobody reads the terminal (the review may hand it to an editor).
  lines.pause();
  lines.on('line', (read) => {
    // Editing keys that reached us as characters are applied, a grapheme per Backspace.
    const line = applyErasures(read);
    if (waiting.length <= 1) lines.pause();
    const next = waiting.shift();
    if (next) next.resolve(line);
    else queued.push(line);
  });
  const cancelAll = () => {
    for (const next of waiting.splice(0)) next.reject(exitPromptError());
  };
  lines.on('close', () => {
    closed = true;
    cancelAll();
  });

  const readLine = (prompt: string): Promise<string> => {
    output.write(prompt);
    const line = queued.shift();
    // A line typed ahead or pasted was echoed by the terminal when it came, above this prompt:
    // it is shown again as this prompt's answer, so each prompt keeps a line of its own.
    if (line !== undefined) {
      output.write(`${line}\n`);
      return Promise.resolve(line);
    }
    if (closed) return Promise.reject(exitPromptError());
    lines.resume();
    return new Promise((resolve, reject) => {
      const onSignal = () => {
        output.write('\n');
        cancelAll();
      };
      signals.on('SIGINT', onSignal);
      const done = () => signals.off('SIGINT', onSignal);
      waiting.push({
        resolve: (value) => {
          done();
          resolve(value);
        },
        reject: (error) => {
          done();
          reject(error);
        },
      });
    });
  };
  // What line mode prints can hold what the user typed: through terminal-text.ts.
  const say = (line: string) => void output.write(printable(line, columns()));

  return {
    async text(message, initial, validate) {
      for (;;) {
        const typed = await readLine(messages.ask(message, initial));
        const value = typed.trim() === '' && initial !== '' ? initial : typed;
        if (value.trim() === messages.back) return BACK;
        const problem = validate(value);
        if (problem === undefined) return value;
        say(messages.problem(problem));
      }
    },
    async choose<V extends string>(message: string, options: readonly Option<V>[], initial?: V, canGoBack = true) {
      // Each option's number is its place in the list, 1 to the last, then Back: none skipped or repeated.
      const entries: { readonly label: string; readonly value: V | Back }[] = [...options];
      if (canGoBack) entries.push({ label: messages.backChoice, value: BACK });
      const numbered = entries.map((entry, at) => ({ ...entry, n: at + 1 }));
      const highest = numbered.length;
      // Enter takes the first option when none is named, as the full-screen menus do.
      const preset = (numbered.find((entry) => entry.value === initial) ?? numbered[0])?.n;
      say(messages.askChoice(message));
      for (const entry of numbered) say(messages.choiceLine(entry.n, entry.label));
      for (;;) {
        const typed = (await readLine(messages.askNumber(highest, preset))).trim();
        const n = typed === '' ? preset : /^\d+$/.test(typed) ? Number(typed) : undefined;
        const picked = numbered.find((entry) => entry.n === n);
        if (picked) return picked.value;
        say(messages.problem(messages.notANumber(highest)));
      }
    },
    async confirm(message, initial) {
      for (;;) {
        const typed = (await readLine(messages.askYesNo(message, initial))).trim().toLowerCase();
        if (typed === '') return initial;
        if (/^(y|yes)$/.test(typed)) return true;
        if (/^(n|no)$/.test(typed)) return false;
        say(messages.problem(messages.notYesNo));
      }
    },
    print: say,
  };
}

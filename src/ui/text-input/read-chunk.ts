// What one chunk of input means to a text field. Ink hands over a terminal read as one string
// whenever it holds no escape sequence, so a paste, a burst of Backspace (three DEL bytes) or a
// fast "Bob" + Enter arrive whole, and a chunk is read byte by byte here: every editing key that
// is one byte (DEL and BS, Ctrl-W, Ctrl-U, Ctrl-A, Ctrl-E) does its edit, in order with the text,
// other control bytes are dropped, and the line breaks decide whether it was Enter or a paste of
// several lines.
// Between ESC[200~ and ESC[201~ (bracketed paste, which the terminal sends once asked to) every
// byte is pasted text, and a line break is never Enter.
import type { TextInputAction } from './text-input-state.js';

export type ChunkStep =
  | { readonly type: 'edit'; readonly action: TextInputAction }
  | { readonly type: 'submit' }
  /** Text with line breaks in it, pasted: the field decides (a list takes each line). */
  | { readonly type: 'lines'; readonly lines: readonly string[] };

/** The bracketed-paste markers; Ink hands each over as an input event of its own. */
export const PASTE_START = '\u001b[200~';
export const PASTE_END = '\u001b[201~';

/** What a key of its own means to a text field: an edit, Enter, or nothing (null: text to read). */
export type KeyMeaning = TextInputAction | 'submit' | 'ignore' | null;

const KEYS: Readonly<Record<string, TextInputAction | 'submit'>> = {
  '\r': 'submit',
  '\u001b[D': { type: 'left' },
  '\u001bOD': { type: 'left' },
  '\u001b[C': { type: 'right' },
  '\u001bOC': { type: 'right' },
  '\u001b[H': { type: 'home' },
  '\u001bOH': { type: 'home' },
  '\u001b[1~': { type: 'home' },
  '\u001b[7~': { type: 'home' },
  '\u0001': { type: 'home' },
  '\u001b[F': { type: 'end' },
  '\u001bOF': { type: 'end' },
  '\u001b[4~': { type: 'end' },
  '\u001b[8~': { type: 'end' },
  '\u0005': { type: 'end' },
  '\u0015': { type: 'clear' },
  '\u0017': { type: 'delete-word-left' },
  // Delete: the character under the cursor, as in readline and every editor (Backspace is DEL or BS).
  '\u001b[3~': { type: 'delete-right' },
};

/**
 * A key Ink delivered as one event: its edit, 'submit' for Enter, 'ignore' for every other key
 * a text field has no use for (Esc, Tab, Up, Ctrl-C: the step or the app handles them), or
 * null when the event is text (to read with readChunk).
 */
export function readKey(data: string): KeyMeaning {
  const known = KEYS[data];
  if (known !== undefined) return known;
  if (data.startsWith('\u001b') || data === '\t' || /^[\u0000-\u0007\u000b-\u001a\u001c-\u001f]$/.test(data)) return 'ignore';
  return null;
}

const BREAK = /\r\n|\r|\n/;

/** The editing keys that are one byte, as they may come inside a chunk ("\u0017\u0017", "\u0015next"). */
const BYTE_KEYS: Readonly<Record<string, TextInputAction>> = {
  '\u007f': { type: 'delete-left' },
  '\u0008': { type: 'delete-left' },
  '\u0001': { type: 'home' },
  '\u0005': { type: 'end' },
  '\u0015': { type: 'clear' },
  '\u0017': { type: 'delete-word-left' },
};
/** Other control bytes (Tab, Ctrl-C, ...): never text; the step or the app acts on those it knows. */
const CONTROL = /[\u0000-\u0009\u000b\u000c\u000e-\u001f]/;

/** The lines of pasted text; a trailing line break ends the last line and adds no empty one. */
function pastedLines(text: string): ChunkStep[] {
  const lines = text.split(BREAK);
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();
  return lines.length > 1 ? [{ type: 'lines', lines }] : [{ type: 'edit', action: { type: 'insert', text: lines[0] ?? '' } }];
}

/** Line breaks at the end of a chunk and nowhere else: Enter pressed once or more (held, or twice fast). */
const ENTERS_AT_END = /^[^\r\n]*(?:\r\n|\r|\n)+$/;

export function readChunk(input: string, pasting: boolean): ChunkStep[] {
  if (pasting) return pastedLines(input.replace(/[\u007f\u0008]/g, ''));
  // A line break before other text: a paste of several lines. Only Enters after the text are
  // keys: "\r\r" or "Bob\r\r" is Enter twice, each one a submit (the field takes the first).
  if (BREAK.test(input) && !ENTERS_AT_END.test(input)) return pastedLines(input.replace(/[\u007f\u0008]/g, ''));
  const steps: ChunkStep[] = [];
  let text = '';
  const flush = () => {
    if (text !== '') steps.push({ type: 'edit', action: { type: 'insert', text } });
    text = '';
  };
  for (const char of input.replace(/\r\n/g, '\n').replace(/\r/g, '\n')) {
    const key = BYTE_KEYS[char];
    if (key !== undefined) {
      flush();
      steps.push({ type: 'edit', action: key });
    } else if (CONTROL.test(char)) {
    } else if (char === '\n') {
      flush();
      steps.push({ type: 'submit' });
    } else {
      text += char;
    }
  }
  flush();
  return steps;
}

// Type-ahead for the line mode: each line pasted or typed ahead answers the next question.
//
// @inquirer/prompts gives every question its own readline on the terminal. A read holding
// several lines (a paste, or what was typed while the program started) went whole to the
// question on screen, which took the first line and ended; its readline then dropped the rest.
// This stream stands between the terminal and the prompts and lets one line through per
// question: the rest waits for the next question, and reaches it once that one listens.
//
// It also keeps inquirer from discarding what was typed before a question showed: inquirer
// throws away a terminal's early keys (its create-prompt.ts, Inquirer.js issue #1303), and this
// stream is not a terminal to it, though it switches the terminal's raw mode as one.
import { PassThrough } from 'node:stream';
import { erasedCodePoints, lastGrapheme } from './erase.js';

export interface TerminalInput extends NodeJS.ReadableStream {
  readonly isTTY?: boolean;
  setRawMode?(mode: boolean): unknown;
}

export interface TypeAhead {
  /** What the prompts read. */
  readonly input: PassThrough & { setRawMode(mode: boolean): unknown };
  /**
   * The question on screen refused its line and asks again, keeping that line to fix: the lines
   * pasted after it were meant for the questions after it, so they are let go, not typed into
   * this one. Returns how many were let go, for the message that says so.
   */
  refused(): number;
}

const CTRL_C = '\u0003';

/** The index just past the first line end in `text` (CR, LF or CR LF), or -1. */
export function lineEnd(text: string): number {
  const at = text.search(/[\r\n]/);
  if (at === -1) return -1;
  return text[at] === '\r' && text[at + 1] === '\n' ? at + 2 : at + 1;
}

/**
 * Readline's Backspace takes one code point; a person means one character (src/line/erase.ts).
 * What reaches the question is followed, so each Backspace is sent as many times as the last
 * character of the line has code points. A key that moves the cursor or changes the line
 * another way (arrows, Tab, Ctrl-W) leaves the line unknown: Backspace passes as it is then,
 * until the next line.
 */
function lineTracker(): { pass(text: string): string } {
  let typed: string | null = '';
  return {
    pass(text) {
      let out = '';
      for (const char of text) {
        if (char === '\r' || char === '\n') typed = '';
        else if (typed !== null && (char === '\u007f' || char === '\u0008')) {
          out += char.repeat(erasedCodePoints(typed) - 1);
          typed = typed.slice(0, typed.length - lastGrapheme(typed).length);
        } else if (char === '\u0015') typed = '';
        else if (typed !== null && /\P{Cc}/u.test(char)) typed += char;
        else typed = null;
        out += char;
      }
      return out;
    },
  };
}

export function typeAhead(terminal: TerminalInput): TypeAhead {
  const input = Object.assign(new PassThrough({ encoding: 'utf8' }), {
    setRawMode: (mode: boolean) => terminal.setRawMode?.(mode),
  });
  let waiting = '';
  const line = lineTracker();
  // Whether the question listening now may still take a line.
  let open = false;
  let reading = false;

  const listening = () => input.listenerCount('keypress') > 0;
  const pump = () => {
    if (!open || !listening() || waiting === '') return;
    const end = lineEnd(waiting);
    const out = end === -1 ? waiting : waiting.slice(0, end);
    waiting = end === -1 ? '' : waiting.slice(end);
    if (end !== -1) open = false;
    input.write(line.pass(out));
  };
  const onData = (chunk: Buffer | string) => {
    const text = typeof chunk === 'string' ? chunk : chunk.toString('utf8');
    // Ctrl-C is never kept waiting behind lines typed ahead: it ends the session now.
    if (text.includes(CTRL_C)) {
      waiting = '';
      input.write(line.pass(text));
      return;
    }
    // Keys typed while lines wait: the person is answering the question on screen.
    if (!open && waiting !== '' && text !== '') open = true;
    waiting += text;
    pump();
  };

  // A question listens from the moment its readline and inquirer's key handler are in place:
  // one turn after the first keypress listener is added. Between questions the terminal is
  // not read at all (the review may hand it to an editor).
  input.on('newListener', (event) => {
    if (event !== 'keypress' || listening()) return;
    open = true;
    if (!reading) {
      reading = true;
      terminal.on('data', onData);
      terminal.resume();
    }
    setImmediate(pump);
  });
  input.on('removeListener', (event) => {
    if (event !== 'keypress' || listening() || !reading) return;
    reading = false;
    terminal.off('data', onData);
    terminal.pause();
  });

  return {
    input,
    refused: () => {
      const dropped = waiting.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '').length;
      waiting = '';
      open = true;
      return dropped;
    },
  };
}

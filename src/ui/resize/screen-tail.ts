// The bottom of what the session has written, as the lines it wrote (their visible text), so
// that Ink's erase of its last frame can be counted in the rows those lines take now. Ink counts
// one row per line it wrote; after the terminal narrows and reflows, a long line takes more, and
// the rows over the count stay on screen: the old frame's header above the new frame. After it
// widens, rows the terminal joined again would make the count too high and erase what is above.
// Only the shapes Ink writes are understood: its erase at the start of a write (erase-lines.ts),
// text, newlines, colours and other escapes that print nothing, and a clear of the screen.
import { eraseLines, leadingErase } from './erase-lines.js';
import { rowsAt } from './reflow-rows.js';

// Enough for any frame that fits a screen; older lines are never erased by count.
const KEEP = 500;
// CSI (ESC [ ... final byte), OSC (ESC ] ... BEL or ESC \), or a two-byte ESC sequence.
const ESCAPE = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[\s\S]?)/y;

export class ScreenTail {
  // Oldest first; the last is the line the cursor is on, written up to the cursor.
  private lines: string[] = [''];

  /** `chunk` as it should reach the terminal, which is `columns` wide now. */
  pass(chunk: string, columns: number): string {
    const erase = leadingErase(chunk);
    if (erase === null) {
      this.record(chunk);
      return chunk;
    }
    const rows = this.rowsOfLast(erase.count, columns);
    this.lines.splice(Math.max(0, this.lines.length - erase.count), erase.count, '');
    this.record(erase.rest);
    return eraseLines(rows) + erase.rest;
  }

  /** The rows the cursor's line and the `count - 1` lines above it take at `columns`. */
  private rowsOfLast(count: number, columns: number): number {
    const known = this.lines.slice(-count);
    const unknown = count - known.length;
    return known.reduce((rows, line) => rows + rowsAt(line, columns), unknown);
  }

  private record(text: string): void {
    let line = this.lines.pop() ?? '';
    let at = 0;
    while (at < text.length) {
      const char = text[at]!;
      if (char === '\u001b') {
        ESCAPE.lastIndex = at;
        const sequence = ESCAPE.exec(text)?.[0] ?? char;
        at += sequence.length;
        // Cursor home, a cleared screen or a reset: nothing is above the cursor any more.
        if (/^\u001b(?:\[\d*(?:;\d*)?H|\[[23]J|c)$/.test(sequence)) {
          this.lines = [];
          line = '';
        } else if (sequence === '\u001b[2K') line = '';
        continue;
      }
      at += 1;
      if (char === '\n') {
        this.lines.push(line);
        line = '';
      } else if (char === '\r') line = '';
      else if (char >= ' ' || char === '\t') line += char;
    }
    this.lines.push(line);
    if (this.lines.length > KEEP) this.lines.splice(0, this.lines.length - KEEP);
  }
}

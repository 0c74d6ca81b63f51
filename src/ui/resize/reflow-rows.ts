// How many rows a line of text takes once the terminal wraps it at `columns`. A terminal that
// reflows (tmux, VTE, kitty, iTerm2, Windows Terminal, xterm.js...) re-wraps what is already on
// screen when its width changes: a line written at 100 columns takes two rows at 60. A character
// two columns wide that does not fit at the end of a row moves to the next one, as it would
// have when the line was written.
import { widthOf } from '../text-width.js';

let graphemes: Intl.Segmenter | undefined;

/** The rows `line` (visible text, no escapes, no newline) takes at `columns`: at least one. */
export function rowsAt(line: string, columns: number): number {
  if (columns <= 0 || widthOf(line) <= columns) return 1;
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let rows = 1;
  let column = 0;
  for (const { segment } of graphemes.segment(line)) {
    const width = widthOf(segment);
    if (column + width > columns && column > 0) {
      rows += 1;
      column = 0;
    }
    column += width;
  }
  return rows;
}

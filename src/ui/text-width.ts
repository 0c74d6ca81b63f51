// Padding by what the terminal shows, not by string length: "王伟" takes four columns, "Zoë"
// three whether the ë is one code point or two, and an emoji two.
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';

export function widthOf(text: string): number {
  return stringWidth(text);
}

/** How many rows `text` takes wrapped at `width` columns, as Prose and Ink's own wrapping draw it. */
export function rowsOf(text: string, width: number): number {
  return wrapAnsi(text, Math.max(10, width), { hard: true, trim: true }).split('\n').length;
}

/** `text` padded with spaces to `columns` terminal columns (never cut). */
export function cell(text: string, columns: number): string {
  return text + ' '.repeat(Math.max(0, columns - stringWidth(text)));
}

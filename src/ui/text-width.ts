// Padding by what the terminal shows, not by string length: "王伟" takes four columns, "Zoë"
// three whether the ë is one code point or two, and an emoji two.
import stringWidth from 'string-width';

export function widthOf(text: string): number {
  return stringWidth(text);
}

/** `text` padded with spaces to `columns` terminal columns (never cut). */
export function cell(text: string, columns: number): string {
  return text + ' '.repeat(Math.max(0, columns - stringWidth(text)));
}

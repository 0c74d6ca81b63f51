// What the line mode prints, laid out to the terminal's width: broken between words by
// src/cli/wrap-lines.ts, so the terminal never cuts a word at its edge (a new user's trial saw
// words split at column 80). The width is read at each line, so a resized window is followed.
import { showText } from '../cli/terminal-text.js';
import { wrapLine, wrapText } from '../cli/wrap-lines.js';
// The bundle puts src/ui/string-width.ts in place of this package (scripts/build.mjs).
import stringWidth from 'string-width';

const DEFAULT_COLUMNS = 80;
const PLAIN = /^[\u0020-\u007e\n]*$/;

/** The output's width: the terminal's own, else COLUMNS when it is a width, else 80. */
export function lineColumns(output: { readonly columns?: number }, env: Readonly<Record<string, string | undefined>>): number {
  if (typeof output.columns === 'number' && output.columns > 0) return output.columns;
  const set = Number(env.COLUMNS);
  return Number.isInteger(set) && set >= 20 ? set : DEFAULT_COLUMNS;
}

/** `line` made safe to show (terminal-text.ts) and wrapped to `columns`, with its line break. */
export function printable(line: string, columns: number): string {
  const shown = showText(line);
  return `${wrapText(shown, columns, PLAIN.test(shown) ? (text) => text.length : stringWidth)}\n`;
}

/**
 * A choice's label as @inquirer/prompts' numbered list shows it ("  12) label"), broken between
 * words to `columns`: its own line breaks cut words at the edge ("Debo" / "rah Ellery"). Each
 * continued line starts under the label's first letter.
 */
export function choiceLabel(label: string, key: string, columns: number): string {
  const hang = ' '.repeat(`  ${key}) `.length);
  const width = PLAIN.test(label) ? (text: string) => text.length : stringWidth;
  return wrapLine(label, Math.max(20, columns - hang.length), width)
    .map((line, at) => (at === 0 ? line : hang + line.trimStart()))
    .join('\n');
}

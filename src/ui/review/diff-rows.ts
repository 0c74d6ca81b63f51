// The lines of a text diff (src/session/review/text-diff.ts) as rows that fit the terminal: each
// marked by its side ("− " your edit, "+ " the new text, two spaces for a line in both), wrapped
// under its mark, the words that differ underlined. Wrapping here lets the screen count the rows
// it scrolls.
import wrapAnsi from 'wrap-ansi';
import { showText } from '../../cli/terminal-text.js';
import type { DiffLine, DiffSide } from '../../session/review/text-diff.js';
import { keepEdit } from '../messages.js';

export interface DiffRow {
  readonly text: string;
  readonly side: DiffSide;
}

const UNDERLINE = ['\u001b[4m', '\u001b[24m'] as const;

const MARKS: Record<DiffSide, string> = { both: '  ', yours: keepEdit.yoursMark, fresh: keepEdit.freshMark };

export function diffRows(lines: readonly DiffLine[], width: number): DiffRow[] {
  const rows: DiffRow[] = [];
  for (const line of lines) {
    // What the user's editor wrote is shown through terminal-text.ts, as in the review.
    const text = line.parts
      .map((part) => (part.changed ? `${UNDERLINE[0]}${showText(part.text)}${UNDERLINE[1]}` : showText(part.text)))
      .join('');
    const wrapped = wrapAnsi(text, Math.max(10, width - 2), { hard: true, trim: true }).split('\n');
    for (const [at, row] of wrapped.entries())
      rows.push({ text: `${at === 0 ? MARKS[line.side] : '  '}${row}`, side: line.side });
  }
  return rows;
}

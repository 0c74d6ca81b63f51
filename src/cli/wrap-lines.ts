// Lines laid out to a terminal's width: broken between words, never inside one, so nothing is
// cut off or split at the edge. A continued line hangs under the text it continues: two columns
// in from the line's own indent, or under the value of a "Label:   value" line.
//
// The width of a character is taken from string-width only where it can differ from one column
// per character (30 ms of Unicode tables to load, kept off the plain Latin path `list` takes).

/** Columns a text takes: `width` for text beyond Latin, one per character otherwise. */
export type Width = (text: string) => number;

const NOT_PLAIN = /[^\u0020-\u007e\u00a0-\u02ff]/;

/** The width function `text` needs: string-width only when some character is not plain Latin. */
export async function widthFor(text: string): Promise<Width> {
  if (!NOT_PLAIN.test(text.replace(/\n/g, ''))) return (line) => line.length;
  const { default: stringWidth } = await import('string-width');
  return stringWidth;
}

/** Where a line's continuation starts. */
function hangOf(line: string, stringWidth: Width): number {
  const label = /^\S[^:]{0,24}:\s{2,}/.exec(line);
  if (label) return stringWidth(label[0]);
  return (/^ */.exec(line)?.[0].length ?? 0) + 2;
}

// A date is not broken inside ("December" / "3" read as two things): a day stays with the month
// before it ("December 3,") and a year with the day before it ("3, 2026"); a month stays with the
// day before it ("30 November").
const MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;
const DAY = /^\d{1,2}[,.;:)]*$/;
const YEAR = /^\d{4}[,.;:)]*$/;

/** Whether `word` goes on the line of `before` (the word it follows), as part of one date. */
function sameDate(before: string, word: string): boolean {
  if (DAY.test(word)) return MONTH.test(before);
  if (YEAR.test(word)) return /^\d{1,2},$/.test(before) || MONTH.test(before);
  return MONTH.test(word.replace(/[,.;:)]+$/, '')) && /^\d{1,2}$/.test(before);
}

/** The words of `text`, each with the spaces before it, a date's parts joined into one. */
function unbroken(text: string): [gap: string, word: string][] {
  const words: [string, string][] = [];
  for (const [, gap = '', word = ''] of text.matchAll(/( *)(\S+)/g)) {
    const last = words.at(-1);
    if (last !== undefined && gap.length === 1 && sameDate(last[1].split(' ').at(-1)!, word)) last[1] = `${last[1]} ${word}`;
    else words.push([gap, word]);
  }
  return words;
}

/** One line as lines of at most `columns` (a word wider than that stays whole, on its own line). */
export function wrapLine(line: string, columns: number, stringWidth: Width): string[] {
  if (stringWidth(line) <= columns) return [line];
  const indent = /^ */.exec(line)?.[0] ?? '';
  const hang = ' '.repeat(Math.min(hangOf(line, stringWidth), Math.max(0, columns - 20)));
  const lines: string[] = [];
  let current = indent;
  let empty = true;
  // Words with the spaces before each as written: the gaps that line up a column stay.
  for (const [gap, word] of unbroken(line.slice(indent.length))) {
    if (!empty && stringWidth(current) + gap.length + stringWidth(word) > columns) {
      lines.push(current);
      current = hang + word;
    } else current = empty ? current + word : current + gap + word;
    empty = false;
  }
  lines.push(current);
  return lines;
}

/** Every line of `text` laid out to `columns`. */
export function wrapText(text: string, columns: number, stringWidth: Width): string {
  return text
    .split('\n')
    .flatMap((line) => wrapLine(line, columns, stringWidth))
    .join('\n');
}

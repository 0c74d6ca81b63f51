// Backspace by what a person sees as one character (a grapheme: "ọ̀" is three code points, a
// thumbs-up with a skin tone two), not by the code point a terminal's line discipline or Node's
// readline takes away, which left "Adébáyọ" of "Adébáyọ̀" and half an emoji. Pure.

const DELETE = '\u007f';
const BACKSPACE = '\u0008';
const KILL_LINE = '\u0015';

let segmenter: Intl.Segmenter | undefined;

/** The last grapheme of `text` ('' for empty text). */
export function lastGrapheme(text: string): string {
  if (text === '') return '';
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let last = '';
  // Only the tail matters: no grapheme a person types runs longer than this.
  for (const { segment } of segmenter.segment(text.slice(-32))) last = segment;
  return last;
}

/**
 * A line as read where nobody applied its editing keys (a terminal not in line mode, or a pipe):
 * each Backspace (DEL or BS) takes away the grapheme before it, Ctrl-U everything before it.
 */
export function applyErasures(line: string): string {
  if (!line.includes(DELETE) && !line.includes(BACKSPACE) && !line.includes(KILL_LINE)) return line;
  let kept = '';
  for (const char of line) {
    if (char === DELETE || char === BACKSPACE) kept = kept.slice(0, kept.length - lastGrapheme(kept).length);
    else if (char === KILL_LINE) kept = '';
    else kept += char;
  }
  return kept;
}

/** How many code points Backspace must take to remove the last grapheme of `line` (at least 1). */
export function erasedCodePoints(line: string): number {
  return Math.max(1, [...lastGrapheme(line)].length);
}

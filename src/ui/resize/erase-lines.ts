// Ink's way of taking its last frame off the screen, read and written: log-update erases the
// line the cursor is on and then, once per line above it, moves up a row and erases that one
// (ansi-escapes' eraseLines: ESC[2K, then ESC[1A ESC[2K per line, then ESC[G). It counts lines
// as it wrote them, one row each; reflow-rows.ts says how many rows they take after a resize.

const ERASE_LINE = '\u001b[2K';
const CURSOR_UP = '\u001b[1A';
const CURSOR_LEFT = '\u001b[G';

/** Erases the cursor's row and `count - 1` rows above it, as ansi-escapes' eraseLines(count). */
export function eraseLines(count: number): string {
  if (count <= 0) return '';
  return `${`${ERASE_LINE}${CURSOR_UP}`.repeat(count - 1)}${ERASE_LINE}${CURSOR_LEFT}`;
}

export interface LeadingErase {
  /** How many lines the erase covers (the cursor's line included). */
  readonly count: number;
  /** What the write holds after it: the next frame. */
  readonly rest: string;
}

/** The erase a write starts with, when it starts with one in the shape eraseLines() writes. */
export function leadingErase(chunk: string): LeadingErase | null {
  let at = 0;
  let count = 0;
  while (chunk.startsWith(ERASE_LINE, at)) {
    at += ERASE_LINE.length;
    count += 1;
    if (chunk.startsWith(CURSOR_UP, at)) {
      at += CURSOR_UP.length;
      continue;
    }
    if (chunk.startsWith(CURSOR_LEFT, at)) return { count, rest: chunk.slice(at + CURSOR_LEFT.length) };
    return null;
  }
  return null;
}

// Harper reads text in NFC: given "Núñez" typed in NFD (each accent its own combining mark, as
// some keyboards and macOS file names produce), it splits the word at the marks and reports
// "ez" as a misspelling. The spelling checker is handed the NFC form, and each offset it answers
// with is mapped back to the text as the writer typed it, so a caret lands under their word.

export interface Composed {
  /** The text in NFC. */
  readonly text: string;
  /** The offset in the original text of an offset into `text` (0 to its length). */
  readonly original: (offset: number) => number;
}

/** Below U+0300 (ASCII, Latin-1, Latin Extended) no character composes with what follows. */
const MAY_COMPOSE = /[\u0300-\u{10ffff}]/u;

/** `text` in NFC, with the way back to the writer's offsets. */
export function composed(text: string): Composed {
  if (!MAY_COMPOSE.test(text) || text.normalize('NFC') === text) return { text, original: (offset) => offset };
  let out = '';
  // starts[i]: where the i-th composed piece begins, in the composed text and in the original.
  const composedAt: number[] = [];
  const originalAt: number[] = [];
  // A base character with the marks after it composes on its own; a run of marks alone stays.
  for (const match of text.matchAll(/\P{M}\p{M}*|\p{M}+/gsu)) {
    composedAt.push(out.length);
    originalAt.push(match.index);
    out += match[0].normalize('NFC');
  }
  composedAt.push(out.length);
  originalAt.push(text.length);
  const original = (offset: number): number => {
    let low = 0;
    let high = composedAt.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (composedAt[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    // Inside a piece that composed to fewer units, the offset stays within that piece.
    const within = offset - composedAt[low]!;
    const next = originalAt[low + 1] ?? text.length;
    return Math.min(originalAt[low]! + within, next);
  };
  return { text: out, original };
}

// What Harper reads of a draft, and in which pieces. Harper's cost grows with the text it reads
// (about 13 s for 1 MB, 7 s for one long base64 blob), so a draft is cut into paragraphs of a
// bounded size (neighbouring paragraphs together), each distinct piece is linted once however
// often it repeats (a pasted thread repeats whole paragraphs), tokens too long to be words are blanked, and past a budget of
// distinct text the rest is left to the other rules. Offsets never move: a lint found at `at` in
// a piece is at `offset + at` in the draft, for every offset the piece occurs at.

/** The longest piece: a long paragraph is cut at a sentence end or a space before this. */
export const PIECE_CHARS = 2000;
/** Distinct characters Harper reads per draft: about 1,400 words, five times the longest note (too-long). */
export const SPELL_BUDGET = 8 * 1024;
/** A token longer than this is a blob (base64, a hash, a long link), not a word to spell. */
export const LONG_TOKEN = 40;

export interface Piece {
  readonly text: string;
  /** Where this exact text starts in the draft, each time it occurs. */
  readonly offsets: readonly number[];
}

export interface Pieces {
  readonly pieces: readonly Piece[];
  /** Characters of the draft inside the pieces Harper reads, and of the draft's words in all. */
  readonly checkedChars: number;
  readonly totalChars: number;
}

/**
 * A run of non-space characters longer than LONG_TOKEN. A match only ever starts where a run
 * starts, so the look-behind changes no match; it spares the engine a try from every letter of
 * every word, which is most of this scan's cost on a long draft.
 */
const LONG_RUN = new RegExp(`(?<!\\S)\\S{${LONG_TOKEN + 1},}`, 'g');

/** `text` with every run of non-space characters longer than LONG_TOKEN blanked, same length. */
export function blankLongTokens(text: string): string {
  return text.replace(LONG_RUN, (token) => ' '.repeat(token.length));
}

/** Where to cut a paragraph longer than PIECE_CHARS: after a sentence, else at a space. */
function cutAt(text: string, from: number, end: number): number {
  if (end - from <= PIECE_CHARS) return end;
  const window = text.slice(from, from + PIECE_CHARS);
  const sentence = Math.max(
    window.lastIndexOf('. '),
    window.lastIndexOf('! '),
    window.lastIndexOf('? '),
    window.lastIndexOf('\n'),
  );
  if (sentence > PIECE_CHARS / 4) return from + sentence + 1;
  const space = window.lastIndexOf(' ');
  return space > PIECE_CHARS / 4 ? from + space + 1 : from + PIECE_CHARS;
}

export function lintPieces(input: string, budget = SPELL_BUDGET): Pieces {
  const text = blankLongTokens(input);
  const byText = new Map<string, number[]>();
  const order: string[] = [];
  let used = 0;
  let checkedChars = 0;
  let totalChars = 0;
  const add = (start: number, end: number) => {
    const piece = text.slice(start, end);
    if (piece.trim() === '') return;
    totalChars += end - start;
    const seen = byText.get(piece);
    if (seen) {
      seen.push(start);
      checkedChars += end - start;
      return;
    }
    if (used + piece.length > budget) return;
    used += piece.length;
    checkedChars += end - start;
    byText.set(piece, [start]);
    order.push(piece);
  };
  // Paragraphs end at a blank line; the break stays with the paragraph before it. Neighbouring
  // paragraphs share a piece up to PIECE_CHARS, since each call to Harper costs milliseconds of
  // its own: a whole note is one piece, as it was before pieces.
  const breaks = /\r?\n[ \t]*\r?\n|\r[ \t]*\r/g;
  let start = 0;
  let runStart = 0;
  let runEnd = 0;
  const extend = (from: number, to: number) => {
    if (to - runStart > PIECE_CHARS && runEnd > runStart) {
      add(runStart, runEnd);
      runStart = from;
    }
    runEnd = to;
  };
  for (let match = breaks.exec(text); ; match = breaks.exec(text)) {
    const end = match ? match.index + match[0].length : text.length;
    for (let from = start; from < end; ) {
      const to = cutAt(text, from, end);
      extend(from, to);
      from = to;
    }
    if (!match) break;
    start = end;
  }
  if (runEnd > runStart) add(runStart, runEnd);
  return { pieces: order.map((piece) => ({ text: piece, offsets: byText.get(piece)! })), checkedChars, totalChars };
}

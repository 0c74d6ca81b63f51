// Where two texts of one note differ, for the question whether to keep a hand edit once the
// answers changed (src/ui/review/keep-edit.tsx): each line the two share once, then where they
// part, the edit's lines over the new text's, with the words that differ marked. Cut to their
// first lines, both texts looked the same, and the change could not be seen. Pure.

export type DiffSide = 'both' | 'yours' | 'fresh';

/** A run of a line's words: `changed` when the other text does not have it there. */
export interface DiffPart {
  readonly text: string;
  readonly changed: boolean;
}

export interface DiffLine {
  readonly side: DiffSide;
  readonly parts: readonly DiffPart[];
}

// Past this many cells the table costs more than it shows: the texts are then shown whole, apart.
const MAX_CELLS = 250_000;

/** The pairs of indices of a longest common subsequence of `a` and `b`, in order. */
function common<T>(a: readonly T[], b: readonly T[]): Array<readonly [number, number]> {
  if (a.length * b.length > MAX_CELLS) return [];
  const width = b.length + 1;
  const table = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i -= 1)
    for (let j = b.length - 1; j >= 0; j -= 1)
      table[i * width + j] =
        a[i] === b[j] ? table[(i + 1) * width + j + 1]! + 1 : Math.max(table[(i + 1) * width + j]!, table[i * width + j + 1]!);
  const pairs: Array<readonly [number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      pairs.push([i, j]);
      i += 1;
      j += 1;
    } else if (table[(i + 1) * width + j]! >= table[i * width + j + 1]!) i += 1;
    else j += 1;
  }
  return pairs;
}

/** The words of `line` (with the spaces after them), marked where `other` lacks them. */
function marked(line: string, other: string): DiffPart[] {
  const words = line.match(/\S+\s*/g) ?? [];
  const others = other.match(/\S+\s*/g) ?? [];
  const kept = new Set(
    common(
      words.map((w) => w.trimEnd()),
      others.map((w) => w.trimEnd()),
    ).map(([at]) => at),
  );
  const parts: DiffPart[] = [];
  for (const [at, word] of words.entries()) {
    const changed = !kept.has(at);
    const last = parts.at(-1);
    if (last && last.changed === changed) parts[parts.length - 1] = { text: last.text + word, changed };
    else parts.push({ text: word, changed });
  }
  return parts;
}

/**
 * The lines of `yours` and `fresh` in one column: a line both have once ('both'), and where they
 * differ the lines of `yours` then those of `fresh`, a changed line's words marked against the
 * line it stands for in the other text.
 */
export function textDiff(yours: string, fresh: string): DiffLine[] {
  const a = yours.replace(/\n+$/u, '').split('\n');
  const b = fresh.replace(/\n+$/u, '').split('\n');
  const lines: DiffLine[] = [];
  const hunk = (from: readonly [number, number], to: readonly [number, number]) => {
    const mine = a.slice(from[0], to[0]);
    const theirs = b.slice(from[1], to[1]);
    for (const [at, line] of mine.entries()) lines.push({ side: 'yours', parts: marked(line, theirs[at] ?? '') });
    for (const [at, line] of theirs.entries()) lines.push({ side: 'fresh', parts: marked(line, mine[at] ?? '') });
  };
  let from: readonly [number, number] = [0, 0];
  for (const [i, j] of common(a, b)) {
    hunk(from, [i, j]);
    lines.push({ side: 'both', parts: [{ text: a[i]!, changed: false }] });
    from = [i + 1, j + 1];
  }
  hunk(from, [a.length, b.length]);
  return lines;
}

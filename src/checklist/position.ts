// Offsets to editor positions. Lines break at \n, \r\n or a lone \r; columns count UTF-16 code
// units from 1 (a tab is one column, as in the Finding type), which is what editors jump to.
export interface Position {
  readonly line: number;
  readonly column: number;
}

export type Locate = (offset: number) => Position;

/** Builds a locator once per text; each lookup is a binary search, so a 1 MB draft stays fast. */
export function locator(text: string): Locate {
  const starts = [0];
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (code === 10) starts.push(at + 1);
    else if (code === 13) {
      if (text.charCodeAt(at + 1) === 10) at += 1;
      starts.push(at + 1);
    }
  }
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  };
}

const MAX_EXCERPT = 60;

/** The text a finding points at, on one line and short enough to read at a glance. */
export function excerptOf(text: string, start: number, end: number): string {
  const slice = text
    .slice(start, Math.max(start, end))
    .split(/\r\n|\n|\r/)[0]!
    .trim()
    .replace(/\s+/g, ' ');
  if (slice.length <= MAX_EXCERPT) return slice;
  // Cut on a code-point boundary so an emoji is never split in half.
  const cut = [...slice.slice(0, MAX_EXCERPT)].join('');
  const safe = /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
  return `${safe.trimEnd()}…`;
}

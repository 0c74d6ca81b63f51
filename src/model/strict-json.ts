// What JSON.parse lets through silently, found before it runs: a key given twice (the last
// would win with no word) and nesting deeper than the interview file has (deep enough nesting
// overflows the parser's stack). A single pass over the text; strings are skipped whole, so a
// bracket inside one does not count.

export type StrictJsonProblem =
  | { readonly kind: 'too-deep'; readonly path: readonly (string | number)[] }
  | { readonly kind: 'duplicate-key'; readonly key: string; readonly path: readonly (string | number)[] };

interface Frame {
  readonly object: boolean;
  readonly keys: Set<string>;
  /** The key or index of the value being read in this container. */
  at: string | number;
  expectKey: boolean;
}

/** The end of the JSON string that starts at `start` (a `"`), just past its closing quote. */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0x5c) i += 1;
    else if (c === 0x22) return i + 1;
  }
  return text.length;
}

/** The first problem in `text`, or null. Malformed JSON is left to JSON.parse to describe. */
export function strictJsonProblem(text: string, maxDepth: number): StrictJsonProblem | null {
  const stack: Frame[] = [];
  const path = (frames: readonly Frame[] = stack) => frames.map((frame) => frame.at).filter((key) => key !== '');
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '"') {
      const end = stringEnd(text, i);
      const top = stack.at(-1);
      if (top?.object && top.expectKey) {
        let key: string;
        try {
          key = JSON.parse(text.slice(i, end)) as string;
        } catch {
          return null;
        }
        top.at = key;
        if (top.keys.has(key)) return { kind: 'duplicate-key', key, path: path() };
        top.keys.add(key);
        top.expectKey = false;
      }
      i = end - 1;
    } else if (c === '{' || c === '[') {
      stack.push({ object: c === '{', keys: new Set(), at: c === '{' ? '' : 0, expectKey: c === '{' });
      if (stack.length > maxDepth) return { kind: 'too-deep', path: path(stack.slice(0, -1)) };
    } else if (c === '}' || c === ']') {
      stack.pop();
    } else if (c === ',') {
      const top = stack.at(-1);
      if (top?.object) top.expectKey = true;
      else if (top !== undefined && typeof top.at === 'number') top.at += 1;
    }
  }
  return null;
}

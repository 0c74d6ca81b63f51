// "Did you mean ...?" for misspelled field names.

function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The option nearest to `word` (case-insensitive edit distance), or undefined when none is close. */
export function closest(word: string, options: readonly string[]): string | undefined {
  const lower = word.toLowerCase().replace(/[_\s-]/g, '');
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const option of options) {
    const d = distance(lower, option.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [option, d];
  }
  const allowed = Math.max(2, Math.floor(lower.length / 3));
  return bestDistance <= allowed ? best : undefined;
}

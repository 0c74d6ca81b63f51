// Words of a trade that are a common prefix on a word Harper knows: "deburring" (de + burring),
// "upskilling", "recertified", "subassemblies". Harper lacks many such words, and a prefix on a
// known word is a word, not a slip. The worker asks Harper about the rest of the word
// (lint-worker.ts); a misspelt rest ("reconfigurd", "unreliabel") is still a misspelling.

/** Prefixes that make a new word of a known one, longest first so "under" wins over "un". */
const PREFIXES = [
  'under',
  'inter',
  'multi',
  'super',
  'over',
  'anti',
  'semi',
  'post',
  'self',
  'dis',
  'mis',
  'non',
  'out',
  'pre',
  'sub',
  'co',
  'de',
  're',
  'un',
  'up',
];

/**
 * The known-looking rest of `word` after a common prefix (and a hyphen), in lower case, or null.
 * The rest must have five letters or more: a short one ("untill": un + till, "alot") is more
 * often a slip than a word.
 */
export function stemAfterPrefix(word: string): string | null {
  const lower = word.toLowerCase();
  if (!/^\p{Ll}+(?:-\p{Ll}+)?$/u.test(lower)) return null;
  for (const prefix of PREFIXES) {
    if (!lower.startsWith(prefix)) continue;
    const rest = lower.slice(prefix.length).replace(/^-/u, '');
    if ([...rest].length >= 5 && !rest.includes('-')) return rest;
  }
  return null;
}

// The order a misspelling's suggestions are shown in. Harper's own order sometimes puts a far
// word first ("decagon" before "decision" for "decison"): people mistype a word they mean, so the
// fewest edits come first, then a word of the same letters (two swapped is the commonest slip:
// "receive" before "relieve" for "recieve", "the" before "tech" for "teh"), then the longest
// shared opening (the first letters are the ones a writer gets right); Harper's order breaks
// what is left.
import { editDistance, fold } from './text.js';

const letters = (word: string) => [...word].sort().join('');

function sharedStart(a: string, b: string): number {
  let at = 0;
  while (at < a.length && a[at] === b[at]) at += 1;
  return at;
}

export function rankSuggestions(problem: string, suggestions: readonly string[]): string[] {
  const word = fold(problem);
  const scored = suggestions.map((suggestion, index) => {
    const other = fold(suggestion);
    return {
      suggestion,
      index,
      edits: editDistance(word, other, 6),
      anagram: letters(other) === letters(word) ? 0 : 1,
      shared: sharedStart(word, other),
    };
  });
  scored.sort((a, b) => a.edits - b.edits || a.anagram - b.anagram || b.shared - a.shared || a.index - b.index);
  return scored.map((entry) => entry.suggestion);
}

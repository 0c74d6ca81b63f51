// The order a misspelling's suggestions are shown in. Harper's own order sometimes puts a far
// word first ("decagon" before "decision" for "decison"): people mistype a word they mean, so the
// fewest edits come first (two letters swapped counting as one). Among words one edit away, the
// slips fingers make most come first: two letters swapped ("receive" for "recieve"), a letter
// typed twice or once too few ("coming" for "comming", "referred" for "refered"), a letter left
// out ("which" for "wich"), one too many, and last a letter typed for another, which is as often
// another word ("combing", "wick"). Then a word with the misspelling's capital or none (a writer
// who meant "Douglas" writes its capital), then one with its first letter (the letter a writer
// gets right) and, among words two or more edits away, the longer opening kept ("decisions"
// before "decagon" for "decison"); Harper's order, which puts the commoner word first ("weird"
// before "wired"), breaks what is left. An apostrophe is offered only where it is all that was missing ("there's"
// for "theres"): "catalog's" for "catalogue" or "Pry's" for "Pryia" changes what the word is, and
// a possessive keeps its "'s" ("Oyelaran's" for "Oyelarin's") before a word without one.
import { editDistance, fold } from './text.js';

const letters = (word: string) => [...word].sort().join('');

const APOSTROPHE = /['\u2019]/u;
const POSSESSIVE = /['\u2019]s$/u;

/** Whether `longer` is `shorter` with one letter typed twice ("comming" of "coming"). */
function isDoubling(shorter: string, longer: string): boolean {
  if (longer.length !== shorter.length + 1) return false;
  for (let at = 1; at < longer.length; at += 1)
    if (longer[at] === longer[at - 1] && longer.slice(0, at) + longer.slice(at + 1) === shorter) return true;
  return false;
}

/** How likely a slip one edit makes, most likely first; words further away all rank after. */
function slipRank(word: string, other: string): number {
  if (letters(word) === letters(other)) return 0;
  if (isDoubling(word, other) || isDoubling(other, word)) return 1;
  if (other.length === word.length + 1) return 2;
  if (other.length + 1 === word.length) return 3;
  return 4;
}

/** An offer that adds an apostrophe to a word that had none, changing other letters too. */
function addsApostrophe(word: string, other: string): boolean {
  return !APOSTROPHE.test(word) && APOSTROPHE.test(other) && other.replace(/['\u2019]/gu, '') !== word;
}

const isCapital = (word: string) => /^\p{Lu}/u.test(word);

function sharedStart(a: string, b: string): number {
  let at = 0;
  while (at < a.length && a[at] === b[at]) at += 1;
  return at;
}

export function rankSuggestions(problem: string, suggestions: readonly string[]): string[] {
  const word = fold(problem);
  const possessive = POSSESSIVE.test(problem);
  const scored = suggestions.flatMap((suggestion, index) => {
    const other = fold(suggestion.trim());
    if (addsApostrophe(word, other)) return [];
    const edits = editDistance(word, other, 6);
    return [
      {
        suggestion,
        index,
        edits,
        slip: edits === 1 ? slipRank(word, other) : 0,
        possessive: possessive && !POSSESSIVE.test(other) ? 1 : 0,
        capital: isCapital(problem) === isCapital(suggestion.trim()) ? 0 : 1,
        // One edit away, where the slip is says enough; further away, the opening kept does.
        kept: edits >= 2 ? sharedStart(word, other) : Math.min(1, sharedStart(word, other)),
        anagram: letters(other) === letters(word) ? 0 : 1,
      },
    ];
  });
  scored.sort(
    (a, b) =>
      a.possessive - b.possessive ||
      a.edits - b.edits ||
      a.slip - b.slip ||
      a.capital - b.capital ||
      b.kept - a.kept ||
      a.anagram - b.anagram ||
      a.index - b.index,
  );
  return scored.map((entry) => entry.suggestion);
}

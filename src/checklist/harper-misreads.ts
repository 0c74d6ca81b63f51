// Lints Harper gets wrong in ways a rule can tell, each with the reason it is dropped.
import { isWordPoint } from './chars.js';
import type { RawLint } from './harper-map.js';
import { fold } from './text.js';
import { BORROWED_PHRASES } from './trade-lexicon.js';

/** The whole word around a span, marks included: Harper cuts "Adébáyọ̀" at its combining marks. */
function enclosingWord(text: string, start: number, end: number): string {
  let from = start;
  let to = end;
  while (from > 0 && isWordPoint(text.codePointAt(from - 1)!)) from -= 1;
  while (to < text.length && isWordPoint(text.codePointAt(to)!)) to += 1;
  return text.slice(from, to);
}

/**
 * A "misspelling" that is only part of a known word: Harper splits a word at a combining mark
 * (NFD text, or a letter with no precomposed form such as "ọ̀"), then flags each piece.
 */
export function isPieceOfKnownWord(text: string, lint: RawLint, known: ReadonlySet<string>): boolean {
  if (lint.kind !== 'Spelling') return false;
  const word = enclosingWord(text, lint.start, lint.end);
  if (word.length === lint.end - lint.start) return false;
  return known.has(fold(word)) || known.has(fold(word.replace(/['\u2019]s$/u, '')));
}

const POSSESSIVE_TO_CONTRACTION: Readonly<Record<string, string>> = {
  your: "you're",
  their: "they're",
  its: "it's",
  whose: "who's",
};

/** Words that start what a contraction's verb takes: "you're welcome", "they're going", "it's the". */
const AFTER_CONTRACTION = new Set(
  'welcome right wrong correct the a an not so very too really always never also still just sure able free done here there all both gonna going being doing probably certainly absolutely definitely likely unlikely going about already almost'.split(
    ' ',
  ),
);

/**
 * Harper 2.10 asks for "you're" in "your kind words" and "they're" in "their warm welcome". The
 * possessive is right unless the next word reads as what a verb takes ("your welcome", "your
 * going"); then the lint stands.
 */
export function isPossessiveMisread(text: string, lint: RawLint): boolean {
  const problem = lint.problem.toLowerCase();
  const contraction = POSSESSIVE_TO_CONTRACTION[problem];
  if (!contraction || lint.suggestions.length === 0) return false;
  if (
    !lint.suggestions.every(
      (s) =>
        s
          .trim()
          .toLowerCase()
          .replace(/\u2019/g, "'") === contraction,
    )
  )
    return false;
  const next = /^\s+([\p{L}'’-]+)/u.exec(text.slice(lint.end))?.[1]?.toLowerCase();
  if (next === undefined) return false;
  return !AFTER_CONTRACTION.has(next) && !/ing$/u.test(next);
}

const BORROWED = new RegExp(
  `(?<![A-Za-z\\u00C0-\\u024F])(?:${BORROWED_PHRASES.map((phrase) => phrase.replace(/[\s-]+/g, '[\\s-]+')).join('|')})(?![A-Za-z\\u00C0-\\u024F])`,
  'gi',
);

/** A part of a borrowed phrase ("voir dire", "mens rea", "sous vide") inside that phrase. */
export function isInBorrowedPhrase(text: string, lint: RawLint): boolean {
  if (lint.kind !== 'Spelling') return false;
  // A phrase is at most a few words: look only around the lint, so a long draft costs nothing more.
  const from = Math.max(0, lint.start - 24);
  const window = text.slice(from, lint.end + 24);
  for (const match of window.matchAll(BORROWED)) {
    const start = from + match.index;
    if (start <= lint.start && start + match[0].length >= lint.end) return true;
  }
  return false;
}

/** A known word with a plural, possessive or verb ending that Harper does not derive itself. */
export function isEndingOfKnownWord(lint: RawLint, known: ReadonlySet<string>): boolean {
  if (lint.kind !== 'Spelling') return false;
  const word = fold(lint.problem);
  for (const ending of ["'s", 's', 'es', 'ed', 'd', 'ing']) {
    if (word.length > ending.length + 2 && word.endsWith(ending) && known.has(word.slice(0, -ending.length))) return true;
  }
  return false;
}

const titleCase = (text: string) =>
  text.replace(/(^|[\s-])(\p{Ll})/gu, (_all, space: string, letter: string) => space + letter.toUpperCase());

/**
 * Harper capitalizes ordinary words that are also a brand's name: "from day one" becomes "Day
 * One" (a journaling app). A phrase written all in lower case whose only fix is title case, under
 * Harper's generic brand-name message, is the ordinary words; products whose names have their
 * own shape ("GitHub", "LinkedIn") or their maker's message ("Google Sheets") still speak.
 */
export function isOrdinaryWordsAsBrand(lint: RawLint): boolean {
  if (lint.kind !== 'Capitalization' || !/brand name/iu.test(lint.message)) return false;
  if (lint.problem !== lint.problem.toLowerCase() || lint.suggestions.length === 0) return false;
  return lint.suggestions.every((suggestion) => suggestion.trim() === titleCase(lint.problem.trim()));
}

/** Verbs that take "no" as their answer: "said no to", "voted no on", "yes or no to". */
const SAYS_NO = /\b(?:say|says|said|saying|vote|votes|voted|voting|answer|answers|answered|answering|or)\s+$/iu;

/**
 * Harper 2.10 reads "I said no to another offer" as a slip for "not to". After a verb of
 * answering, "no" is the answer itself, and the lint is dropped; "I decided no to go" still speaks.
 */
export function isAnswerNo(text: string, lint: RawLint): boolean {
  if (!/^no\s+to$/iu.test(lint.problem.trim())) return false;
  return SAYS_NO.test(text.slice(Math.max(0, lint.start - 20), lint.start));
}

/** Edits between two short words (a swap of neighbours, "Priay", is one), or `limit + 1` once there are more. */
function editsWithin(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, before[j - 2]! + 1);
      best = Math.min(best, row[j]!);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = row;
  }
  return previous[b.length]!;
}

/**
 * A capitalized word one or two slips from a known word ("Priay" for "Priya", "Robtics" for
 * "Robotics"): a misspelled name, which spelling reports even where a name is otherwise assumed.
 */
export function isNearKnownWord(word: string, known: ReadonlySet<string> | undefined): boolean {
  if (!known) return false;
  const folded = fold(word.replace(/['\u2019]s$/u, ''));
  // A long draft repeats its names: each word is compared with the known words once.
  let answers = NEAR_ANSWERS.get(known);
  if (!answers) {
    answers = new Map();
    NEAR_ANSWERS.set(known, answers);
  }
  let near = answers.get(folded);
  if (near === undefined) {
    const limit = folded.length >= 6 ? 2 : 1;
    near = false;
    for (const entry of known) {
      if (entry.length >= 3 && entry !== folded && editsWithin(folded, entry, limit) <= limit) {
        near = true;
        break;
      }
    }
    answers.set(folded, near);
  }
  return near;
}

const NEAR_ANSWERS = new WeakMap<ReadonlySet<string>, Map<string, boolean>>();

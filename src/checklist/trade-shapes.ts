// Words a general dictionary lacks that are, by their shape, names of things rather than typos:
// credentials and acronyms ("RDH", "PICC", "RFIs"), mixed case ("SpO2", "pH", "eGFR", "iOS",
// "QuickBooks"), anything with a digit ("EPA 608", "HbA1c", "ICD-10", "W-2") or a slash
// ("mg/dL"). Every trade has hundreds; none can be listed. A shape is not enough when Harper's
// own suggestion is the same letters in another order or case ("TEH" for "the", "iPhnoe" for
// "iPhone"): that is a slip of the fingers, and it stays a finding.
import type { RawLint } from './harper-map.js';

/** Two to seven capitals or digits with at least two capitals, and an optional plural "s": "RN", "CPhT" is mixed. */
const ACRONYM = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Z0-9&.]{2,8}s?$/;
/** A lower-case start then a capital ("pH", "eGFR", "iOS", "mmHg"), or capitals inside a word ("SpO2", "QuickBooks", "CPhT"). */
const MIXED_CASE = /^(?:[a-z]+[A-Z][A-Za-z0-9]*|[A-Z][a-z]*[A-Z][A-Za-z0-9]*)$/;
const HAS_DIGIT = /[0-9]/;

/** The run of non-space characters around a lint, without sentence punctuation at its ends: "mg/dL", "ICD-10", "LL.M". */
function tokenAround(text: string, start: number, end: number): string {
  let from = start;
  let to = end;
  // A token longer than this is no word at all (a pasted blob); stop there so each lint costs the same.
  while (from > 0 && start - from < 64 && !/\s/u.test(text[from - 1]!)) from -= 1;
  while (to < text.length && to - end < 64 && !/\s/u.test(text[to]!)) to += 1;
  return text
    .slice(from, to)
    .replace(/^["'(\u201c\u2018[]+|["')\u201d\u2019\]]+$|[.,;:!?]+$/gu, '')
    .replace(/['\u2019]s$/u, '');
}

const letters = (word: string) => [...word.toLowerCase().replace(/[^\p{L}]/gu, '')].sort().join('');

/**
 * Harper suggests the same letters: a transposition or a stray capital, whatever the shape. A
 * word with three capitals or more that differs from the suggestion in case alone ("SENCo" for
 * "SENCO", "MRTPIs") is written so on purpose; "TEh" and "THanks" are still slips.
 */
function isScrambleOf(problem: string, suggestions: readonly string[]): boolean {
  const own = letters(problem);
  const capitals = problem.replace(/[^\p{Lu}]/gu, '').length;
  return suggestions.some(
    (suggestion) => letters(suggestion) === own && !(capitals >= 3 && suggestion.trim().toLowerCase() === problem.toLowerCase()),
  );
}

/** Whether a token has the shape of a credential, an acronym, a product or a measure. */
export function hasTradeShape(token: string): boolean {
  if (token.length < 2) return false;
  if (/[/]/.test(token) || HAS_DIGIT.test(token)) return /\p{L}/u.test(token);
  return ACRONYM.test(token) || MIXED_CASE.test(token);
}

/** A spelling lint on a word whose shape (or the token it is part of) says it is a name of something. */
export function isTradeToken(text: string, lint: RawLint): boolean {
  if (lint.kind !== 'Spelling') return false;
  // Capitals all through are typed on purpose: Harper's "Amos" for "AMOS" or "Art" for "ATR"
  // is a word of the same letters, not the fix of a slip.
  if (ACRONYM.test(lint.problem.replace(/['\u2019]s$/u, ''))) return true;
  if (isScrambleOf(lint.problem, lint.suggestions)) return false;
  return hasTradeShape(lint.problem) || hasTradeShape(tokenAround(text, lint.start, lint.end));
}

// Our own phrases in the user's English: an American is called "at" a number, a
// Briton rung "on" it. A trial's American notes said "ring me on" and "you can reach me on", which
// read as written by someone else. A template writes such a word by its American form
// ({{said.at}}, {{said.call}}), and the note gets the form of the English the user writes, as
// {{spelled.favor}} does for spellings (spellings.ts). What the user typed is left as they wrote it.
import type { DialectName } from '../checklist/dialect.js';

/** Each phrase by its American form, and the Englishes that say it the British way. */
const PHRASES: ReadonlyArray<readonly [american: string, british: string, saidSoIn: ReadonlySet<DialectName>]> = [
  // The preposition before a phone number: "reach me at 555 0100", "reach me on 07700 900123".
  ['at', 'on', new Set(['British', 'Australian', 'Indian'])],
  // To phone someone: "call me at", "ring me on" (Indian English calls, as American does).
  ['call', 'ring', new Set(['British', 'Australian'])],
  ['calling', 'ringing', new Set(['British', 'Australian'])],
  // Busy: "you have a lot going on", "you have a lot on".
  ['a lot going on', 'a lot on', new Set(['British', 'Australian'])],
  // Some time to come: "in the future" in American English, "in future" in British.
  ['in the future', 'in future', new Set(['British', 'Australian', 'Indian'])],
];

/** Every phrase of the table, keyed by its American form in camel case ("aLotGoingOn", "inTheFuture"), as `dialect` says it. */
export function phrasesIn(dialect: DialectName): Readonly<Record<string, string>> {
  return Object.fromEntries(
    PHRASES.map(([american, british, saidSoIn]) => [keyOf(american), saidSoIn.has(dialect) ? british : american]),
  );
}

/** The forms `dialect` does not use, for a test to look for in its notes. */
export function otherPhrases(dialect: DialectName): string[] {
  return PHRASES.map(([american, british, saidSoIn]) => (saidSoIn.has(dialect) ? american : british));
}

const keyOf = (phrase: string) => phrase.replace(/ (\w)/g, (_, letter: string) => letter.toUpperCase());

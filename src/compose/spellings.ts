// Our own words in the user's English: "favor" in Boston, "favour" in London. A template writes
// such a word as {{spelled.favor}} (by its American form), and the note gets the form of the
// English the user writes (FOLLOWUP_COACH_DIALECT, else the locale: src/checklist/dialect.ts).
// The renderer is strict, so a word missing here fails the template loudly instead of falling back
// to one English. What the user typed (topics, the role, a strength) is left as they wrote it.
import type { DialectName } from '../checklist/dialect.js';

/** How a word differs: "-our" and "-re" (Canadian spells them as British does), "-ise", "-me", "-l". */
type Pattern = 'our' | 're' | 'ise' | 'me' | 'l';

/** American form, British form, and the pattern that decides which other Englishes follow which. */
const WORDS: ReadonlyArray<readonly [string, string, Pattern]> = [
  ['favor', 'favour', 'our'],
  ['color', 'colour', 'our'],
  ['honor', 'honour', 'our'],
  ['behavior', 'behaviour', 'our'],
  ['center', 'centre', 're'],
  ['organization', 'organisation', 'ise'],
  ['organize', 'organise', 'ise'],
  ['prioritize', 'prioritise', 'ise'],
  ['realize', 'realise', 'ise'],
  ['recognize', 'recognise', 'ise'],
  ['apologize', 'apologise', 'ise'],
  ['program', 'programme', 'me'],
  ['traveled', 'travelled', 'l'],
];

/** The patterns each English spells the British way; the rest it spells as American does. */
const BRITISH_IN: Readonly<Record<DialectName, ReadonlySet<Pattern>>> = {
  American: new Set(),
  British: new Set(['our', 're', 'ise', 'me', 'l']),
  Australian: new Set(['our', 're', 'ise', 'me', 'l']),
  Indian: new Set(['our', 're', 'ise', 'me', 'l']),
  Canadian: new Set(['our', 're', 'l']),
};

/** Every word of the table, by its American form, as `dialect` spells it. */
export function spellingsIn(dialect: DialectName): Readonly<Record<string, string>> {
  const british = BRITISH_IN[dialect];
  return Object.fromEntries(WORDS.map(([american, other, pattern]) => [american, british.has(pattern) ? other : american]));
}

/** The forms `dialect` does not use, for a test to look for in its notes. */
export function otherSpellings(dialect: DialectName): string[] {
  const own = new Set(Object.values(spellingsIn(dialect)));
  return WORDS.flatMap(([american, british]) => [american, british]).filter((word) => !own.has(word));
}

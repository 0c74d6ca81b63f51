// Whether a word in capitals could be an ordinary English word, shouted, or is by its shape the
// name of a thing: a model, a program, a rule or a credential ("HEC-RAS", "PCSWMM", "MRTPI",
// "LEAP-1A"). Every trade has hundreds of these and none can be listed, but English spelling
// has a shape: words carry vowels, begin with a handful of consonant pairs, and never stack four
// consonants. A token that breaks that shape, has a digit, or joins capitals with a hyphen,
// slash, dot or ampersand is typed as a name, not raised as a voice. What the shape cannot tell
// is a name that reads like a word ("FIRPTA", "JARPA"): that needs a dictionary.

import { lettersOf, withoutMarks } from '../chars.js';

const VOWEL = /[AEIOUY]/;
/** Two consonants an English word can begin with ("BR", "ST", "WH"); others ("MR", "PC") cannot. */
const ONSETS = new Set(
  'BL BR CH CL CR DR DW FL FR GL GN GR KN PH PL PR PS SC SH SK SL SM SN SP ST SW TH TR TW WH WR SCH SCR SHR SPL SPR SQU STR THR CHR PHR'.split(
    ' ',
  ),
);
const CONSONANTS = /[^AEIOUY]+/g;

/** Letters only, in capitals: could they spell an English word? */
function spellsLikeEnglish(letters: string): boolean {
  if (!VOWEL.test(letters.slice(1)) && !/[AEIOU]/.test(letters)) return false;
  const onset = /^[^AEIOUY]*/.exec(letters)![0];
  if (onset.length >= 2 && !ONSETS.has(onset) && !(onset.length === 2 && onset[1] === 'Y')) return false;
  for (const run of letters.match(CONSONANTS) ?? []) if (run.length >= 4) return false;
  return true;
}

/**
 * Whether `token` (a word of the prose, all in capitals) is shaped like an ordinary word: letters
 * only, with an apostrophe at most ("DON'T", "I'M"). A hyphen, slash, dot, ampersand or digit
 * between capitals makes a name ("HEC-RAS", "LEAP-1A", "CI/CD", "AT&T"); "C-H-I-D-I" is spelled
 * out, which the caller checks first.
 */
export function isWordShaped(token: string): boolean {
  if (/[0-9/&.\-\u2010\u2011]/.test(token)) return false;
  const letters = withoutMarks(lettersOf(token).normalize('NFD')).toUpperCase();
  return letters.length >= 2 && spellsLikeEnglish(letters);
}

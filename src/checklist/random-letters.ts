// Whether an unknown word is letters struck at random ("sdfgh", "qzvop", "bxqelt") rather than
// a word. A term of a trade that Harper lacks is still written in English (or Latin, Greek,
// French) spelling, so it is left alone when it is far from every word Harper offers
// (harper-misreads.ts isFarFromEveryWord, spell-slips.ts isTermNotSlip); letters struck at
// random are far from every word too, and must still be reported. Three shapes no spelling
// makes: a run of keys along one row of the keyboard, six consonants in a row (English stops
// at five: "lengths", "twelfths"), and a letter pair no English word has.
import { fold } from './text.js';

/** The keyboard's rows: four keys in a row, either way, are a hand run along them. */
const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
/** Runs of the top row that words hold: "property", "strewn"... ("erty", "trew"). */
const WORD_RUNS = new Set(['erty', 'trew']);
const KEY_RUNS: ReadonlySet<string> = new Set(
  ROWS.flatMap((row) => {
    const runs: string[] = [];
    for (let at = 0; at + 4 <= row.length; at += 1) {
      const run = row.slice(at, at + 4);
      runs.push(run, [...run].reverse().join(''));
    }
    return runs.filter((run) => !WORD_RUNS.has(run));
  }),
);

/**
 * Letter pairs no English word spells, nor the borrowed words, names and terms English writes:
 * "q" before a consonant ("sql", "faqs", "Qt" and "Lindqvist" aside), and "j", "v", "x" or "z"
 * before a letter they never precede ("hajj", "fjord", "Wojciech", "Uzbek", "exsanguinate" and
 * "vmware" aside).
 */
const NO_WORD_PAIR = /q[bcdfghjkmnpwxz]|j[bdfgqvxz]|v[bfjpqwxz]|x[jkqz]|z[fjqvx]/u;

const CONSONANTS_6 = /[bcdfghjklmnpqrstvwxz]{6}/u;

/** Whether a word of four letters or more (a to z only) has a shape of letters struck at random. */
export function isRandomLetters(word: string): boolean {
  const letters = fold(word);
  if (!/^[a-z]{4,}$/u.test(letters)) return false;
  if (NO_WORD_PAIR.test(letters) || CONSONANTS_6.test(letters)) return true;
  for (let at = 0; at + 4 <= letters.length; at += 1) if (KEY_RUNS.has(letters.slice(at, at + 4))) return true;
  return false;
}

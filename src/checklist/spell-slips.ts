// Whether a word Harper does not know is a slip of a word it offers, by the shape of the
// difference. Fingers and ears make a few kinds of slip: a letter left out ("foward"), two
// swapped ("recieve"), one typed twice ("simmilar"), one vowel for another ("definately",
// "seperated"), a key's neighbour ("thabk"), a letter of the same sound ("licnece"). A term of a
// trade that Harper lacks sits next to an English word in other ways: one consonant for another
// ("krausen" by "Frauen", "flyer" by "fryer", "linework" by "lifework"), a letter more at its
// edge ("chaperone", "methylene", "topo"), a letter more inside a short word ("loupe" by "lope",
// "tuile" by "tile"). Such a word is taken as the writer's term, not reported.
import type { RawLint } from './harper-map.js';
import { isUnknownWord } from './harper-rules.js';
import { isRandomLetters } from './random-letters.js';
import { fold } from './text.js';

const VOWELS = new Set('aeiouy');

/** QWERTY rows: a key and the keys beside, above and below it. */
const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const NEIGHBOURS = new Map<string, Set<string>>();
for (const [row, keys] of ROWS.entries()) {
  for (const [column, key] of [...keys].entries()) {
    const near = new Set<string>();
    for (const [dr, dc] of [
      [0, -1],
      [0, 1],
      [-1, 0],
      [-1, 1],
      [1, -1],
      [1, 0],
    ] as const) {
      const other = ROWS[row + dr]?.[column + dc];
      if (other) near.add(other);
    }
    NEIGHBOURS.set(key, near);
  }
}

/** Letters that spell one sound, confused by ear ("licnece", "reconise"). */
const SAME_SOUND = new Set(['c:s', 's:c', 'c:k', 'k:c', 's:z', 'z:s']);

/** A letter typed for another by a slip: a vowel for a vowel, a key's neighbour, a letter of the same sound. */
function isSlipSubstitution(written: string, meant: string): boolean {
  if (VOWELS.has(written) && VOWELS.has(meant)) return true;
  return NEIGHBOURS.get(meant)?.has(written) === true || SAME_SOUND.has(`${written}:${meant}`);
}

/**
 * Whether some cheapest way (at most `limit` edits) from `meant` to `written` is made of slips
 * only (isSlipSubstitution; a letter typed twice anywhere; another letter added inside a word of
 * six or more, as in "truely" or "Janurary"). Optimal string alignment: the table is filled
 * once, then every cheapest path is walked back, each cell answered once.
 */
function hasSlipPath(written: string, meant: string, limit: number): boolean {
  const a = [...written];
  const b = [...meant];
  if (Math.abs(a.length - b.length) > limit) return false;
  const width = b.length + 1;
  // d[i * width + j]: edits from the first j letters of `meant` to the first i of `written`.
  const d = new Int32Array((a.length + 1) * width);
  for (let j = 0; j <= b.length; j += 1) d[j] = j;
  const swapped = (i: number, j: number) => i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1];
  for (let i = 1; i <= a.length; i += 1) {
    d[i * width] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(d[(i - 1) * width + j]! + 1, d[i * width + j - 1]! + 1, d[(i - 1) * width + j - 1]! + cost);
      if (swapped(i, j)) value = Math.min(value, d[(i - 2) * width + j - 2]! + 1);
      d[i * width + j] = value;
    }
  }
  const at = (i: number, j: number) => d[i * width + j]!;
  if (at(a.length, b.length) > limit) return false;
  const added = (i: number) => {
    const letter = a[i - 1]!;
    const doubled = a[i - 2] === letter || a[i] === letter;
    return doubled || (a.length >= 6 && i - 1 > 0 && i - 1 < a.length - 1);
  };
  // 0 unknown, 1 a path of slips from here, 2 none.
  const answers = new Uint8Array(d.length);
  const walk = (i: number, j: number): boolean => {
    if (i === 0 && j === 0) return true;
    const key = i * width + j;
    if (answers[key] !== 0) return answers[key] === 1;
    const here = at(i, j);
    const answer =
      (i > 0 && j > 0 && a[i - 1] === b[j - 1] && at(i - 1, j - 1) === here && walk(i - 1, j - 1)) ||
      (swapped(i, j) && at(i - 2, j - 2) === here - 1 && walk(i - 2, j - 2)) ||
      (i > 0 &&
        j > 0 &&
        a[i - 1] !== b[j - 1] &&
        at(i - 1, j - 1) === here - 1 &&
        isSlipSubstitution(a[i - 1]!, b[j - 1]!) &&
        walk(i - 1, j - 1)) ||
      (i > 0 && at(i - 1, j) === here - 1 && added(i) && walk(i - 1, j)) ||
      (j > 0 && at(i, j - 1) === here - 1 && walk(i, j - 1));
    answers[key] = answer ? 1 : 2;
    return answer;
  };
  return walk(a.length, b.length);
}

/** Whether `written` is a slip of `meant` of a kind fingers or ears make (see the top of this file). */
export function isSlipShape(written: string, meant: string): boolean {
  // Two slips in one word are believable in a long word only ("priveledge", "greatful").
  return hasSlipPath(written, meant, [...written].length >= 7 ? 2 : 1);
}

/** Words that end no closed compound: "thankyou" and "seeyou" are two words run together. */
const NOT_COMPOUND_ENDS = new Set(['you', 'me', 'us', 'him', 'her', 'them', 'it', 'the', 'of', 'to', 'and', 'for', 'all']);

/**
 * Harper offers "real time" or "real-time" for "realtime": the same words written closed, as a
 * trade writes its compounds ("realtime feeds"). Parts of three letters or more, the second no
 * pronoun or small word ("thankyou" is a slip).
 */
function isClosedCompound(word: string, suggestions: readonly string[]): boolean {
  return suggestions.some((suggestion) => {
    const parts = fold(suggestion.trim()).split(/[ -]/u);
    return (
      parts.length === 2 &&
      parts.join('') === word &&
      parts.every((part) => part.length >= 3) &&
      !NOT_COMPOUND_ENDS.has(parts[1]!)
    );
  });
}

/**
 * True for an unknown word of four letters or more that is no slip of any word Harper offers
 * (isSlipShape): the writer's term. Shorter words ("tbh", "u") are left to Harper, as a slip of
 * a short word can look like anything.
 */
export function isTermNotSlip(lint: RawLint): boolean {
  if (!isUnknownWord(lint) || !/^\p{L}+$/u.test(lint.problem) || [...lint.problem].length < 4) return false;
  const word = fold(lint.problem);
  // Letters struck at random are no slip of a word either, and no term (random-letters.ts).
  if (isRandomLetters(word)) return false;
  if (isClosedCompound(word, lint.suggestions)) return true;
  // An offer is tried as it is without its apostrophe ("theres" for "there's") and without its
  // possessive ("lumpia" against "lump's").
  return !lint.suggestions.some((suggestion) => {
    const offer = fold(suggestion.trim());
    if (offer === '' || offer.includes(' ')) return false;
    const joined = offer.replace(/'/gu, '');
    if (isSlipShape(word, joined)) return true;
    const stem = offer.replace(/'s$/u, '');
    return stem !== joined && isSlipShape(word, stem);
  });
}

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

/** One edit of the cheapest way from the offered word to the written one. */
type Edit =
  | { readonly kind: 'left-out' }
  | { readonly kind: 'swapped' }
  | { readonly kind: 'added'; readonly at: number; readonly letter: string; readonly doubled: boolean }
  | { readonly kind: 'replaced'; readonly written: string; readonly meant: string };

/**
 * The edits (at most `limit`) that turn `meant` into `written`, or null when more are needed.
 * Optimal string alignment, walked back from the end; both words are short, so a full table is cheap.
 */
function editsBetween(written: string, meant: string, limit: number): Edit[] | null {
  const a = [...written];
  const b = [...meant];
  if (Math.abs(a.length - b.length) > limit) return null;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, d[i - 2]![j - 2]! + 1);
      d[i]![j] = value;
    }
  }
  if (d[a.length]![b.length]! > limit) return null;
  const edits: Edit[] = [];
  let i = a.length;
  let j = b.length;
  while (i > 0 || j > 0) {
    const here = d[i]![j]!;
    if (i > 0 && j > 0 && a[i - 1] === b[j - 1] && d[i - 1]![j - 1] === here) {
      i -= 1;
      j -= 1;
    } else if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1] && d[i - 2]![j - 2] === here - 1) {
      edits.push({ kind: 'swapped' });
      i -= 2;
      j -= 2;
    } else if (i > 0 && j > 0 && d[i - 1]![j - 1] === here - 1) {
      edits.push({ kind: 'replaced', written: a[i - 1]!, meant: b[j - 1]! });
      i -= 1;
      j -= 1;
    } else if (i > 0 && d[i - 1]![j] === here - 1) {
      const letter = a[i - 1]!;
      edits.push({ kind: 'added', at: i - 1, letter, doubled: a[i - 2] === letter || a[i] === letter });
      i -= 1;
    } else {
      edits.push({ kind: 'left-out' });
      j -= 1;
    }
  }
  return edits;
}

/** Whether `written` is a slip of `meant` of a kind fingers or ears make (see the top of this file). */
export function isSlipShape(written: string, meant: string): boolean {
  const length = [...written].length;
  // Two slips in one word are believable in a long word only ("priveledge", "greatful").
  const edits = editsBetween(written, meant, length >= 7 ? 2 : 1);
  if (edits === null) return false;
  return edits.every(isSlipEdit(length));
}

/** Whether one edit is of a kind a slip makes, in a written word of `length` letters. */
const isSlipEdit =
  (length: number) =>
  (edit: Edit): boolean => {
    if (edit.kind === 'replaced') return isSlipSubstitution(edit.written, edit.meant);
    // A letter typed twice is a slip anywhere; another letter only inside a word of six or more ("truely", "Janurary").
    if (edit.kind === 'added') return edit.doubled || (length >= 6 && edit.at > 0 && edit.at < length - 1);
    return true;
  };

/**
 * True for an unknown word of four letters or more that is no slip of any word Harper offers
 * (isSlipShape): the writer's term. Shorter words ("tbh", "u") are left to Harper, as a slip of
 * a short word can look like anything.
 */
export function isTermNotSlip(lint: RawLint): boolean {
  if (!isUnknownWord(lint) || !/^\p{L}+$/u.test(lint.problem) || [...lint.problem].length < 4) return false;
  const word = fold(lint.problem);
  // An offer is tried as it is without its apostrophe ("theres" for "there's") and without its
  // possessive ("lumpia" against "lump's").
  return !lint.suggestions.some((suggestion) => {
    const offer = fold(suggestion.trim());
    if (offer === '' || offer.includes(' ')) return false;
    return isSlipShape(word, offer.replace(/'/gu, '')) || isSlipShape(word, offer.replace(/'s$/u, ''));
  });
}

// How a name as written (in a greeting or a signature) stands to a person's name as saved. People
// are greeted by a piece of their name, a familiar form of it, their initials, with titles and
// honorifics of every trade and language around it, with or without its accents and particles,
// in either order, in NFC or NFD: all of that is the same person. What is left is a slip of the
// recipient's name, someone else the interview knows, or a name nobody here has.
import { isNicknameOf } from './nicknames.js';
import { isLastLetterDropped, PARTICLES, particlesSlip, type Person, personOf, squash } from './name-pieces.js';
import { bare, editDistance, fold, nameParts } from './text.js';
import { isHonorificAfter, isRoleWord, withoutJoinedHonorific } from './titles.js';

/** How one written word stands to a person's name. */
type Fit = 'same' | 'short' | 'initials' | 'half' | 'accent' | 'misspelt' | 'unknown';

/** The verdict on a whole written name. */
export type Reading =
  | { readonly kind: 'match' }
  /** No name at all: a title, a role or a group ("Dear Chef", "Dear Hiring Manager"). */
  | { readonly kind: 'role' }
  /** The name without an accent it has, or with one it lacks ("Jose" for José). */
  | { readonly kind: 'accent'; readonly written: string; readonly right: string }
  /** One half of a hyphenated name ("Ms Dubois" for Marguerite Dubois-Lefèvre). */
  | { readonly kind: 'half'; readonly written: string; readonly right: string }
  /** A near miss of a piece of the name ("Pryia" for Priya), or other particles ("van den Berg"). */
  | { readonly kind: 'misspelt'; readonly written: string; readonly right: string }
  /** Someone else the interview knows. */
  | { readonly kind: 'other'; readonly other: string }
  /** A short form of this person's name that is another person's name outright ("Sam" to Samantha, with Sam on the panel). */
  | { readonly kind: 'shared'; readonly written: string; readonly other: string }
  /** A name that is neither this person's nor anyone's the interview knows. */
  | { readonly kind: 'unknown' };

/** Edits a near miss may have: short names sit one letter away from ordinary words ("Sam"/"Same"). */
const allowedEdits = (length: number): number => (length >= 8 ? 2 : length >= 5 ? 1 : 0);

/** "J.", "J.R.", "JR", "J-B": one to three capitals, alone or with full stops or a hyphen ("Al" is a name). */
function initialsOf(word: string): string | null {
  const letters = word.replace(/[.-]/gu, '');
  if (letters.length === 0 || letters.length > 3 || !/^[A-Z]+$/u.test(letters)) return null;
  return letters.toLowerCase();
}

/** Each initial is the first letter of a distinct part, in order ("J.R." for John Ronald Tolkien). */
function initialsFit(letters: string, initials: string): boolean {
  let at = 0;
  for (const letter of letters) {
    const found = initials.indexOf(letter, at);
    if (found < 0) return false;
    at = found + 1;
  }
  return true;
}

/** A familiar form of a given name: a piece of its letters ("Seun", "Liz", "Dami") or a nickname ("Bill"). */
function isShortFormOf(plain: string, person: Person): boolean {
  for (const name of person.given) {
    if (name === plain || isLastLetterDropped(plain, name)) continue;
    const at = name.indexOf(plain);
    // Four letters or more anywhere in it, or three from its first or second letter: "Ian" is no
    // short form of Marianne.
    if (at >= 0 && (plain.length >= 4 || (plain.length >= 3 && at <= 1))) return true;
    if (isNicknameOf(plain, name)) return true;
  }
  // A surname may be shortened too ("Raghu" for Raghunathan), from its first letter.
  return (
    plain.length >= 3 &&
    person.bare.some((piece) => piece.length > plain.length && piece.startsWith(plain) && !isLastLetterDropped(plain, piece))
  );
}

function fitOf(raw: string, person: Person, depth = 0): Fit {
  const word = raw.replace(/['\u2019]s$/u, '').replace(/\.$/u, '');
  const folded = fold(word);
  if (person.pieces.has(folded) || person.pieces.has(squash(folded))) return 'same';
  if (person.halves.has(folded)) return 'half';
  const letters = initialsOf(raw);
  if (letters !== null && initialsFit(letters, person.initials)) return 'initials';
  const plain = bare(word);
  if (person.bare.includes(plain)) return 'accent';
  if (plain.length >= 2 && isShortFormOf(plain, person)) return 'short';
  if (depth === 0) {
    const stripped = withoutJoinedHonorific(word);
    if (stripped !== word) {
      const fit = fitOf(stripped, person, 1);
      if (fit !== 'unknown' && fit !== 'misspelt') return fit;
    }
  }
  if (letters === null) {
    for (const piece of person.bare) {
      const edits = allowedEdits([...piece].length);
      if (edits === 0) continue;
      const distance = editDistance(plain, piece, edits + 1);
      // A long name one letter off is a slip even at its first letter ("Catherine", "Jeffery").
      if (distance <= (piece[0] === plain[0] ? edits : piece.length >= 6 ? 1 : 0)) return 'misspelt';
    }
  }
  return 'unknown';
}

/** The piece of the person's name a slip or a dropped accent stands for, as they write it. */
function rightPiece(raw: string, person: Person): string {
  const plain = bare(raw.replace(/['\u2019]s$/u, '').replace(/\.$/u, ''));
  const parts = nameParts(person.name);
  let best = parts[0] ?? person.name;
  let distance = Number.POSITIVE_INFINITY;
  for (const part of parts) {
    const d = editDistance(plain, bare(part), 4);
    if (d < distance) {
      best = part;
      distance = d;
    }
  }
  return best;
}

/** The hyphenated part of the name that `word` is one half of. */
function wholeOf(word: string, person: Person): string {
  const folded = fold(word);
  return nameParts(person.name).find((part) => fold(part).split('-').includes(folded)) ?? word;
}

/** The other person `word` names outright (a piece of their name, or a familiar form of their given name). */
function otherNamed(word: string, others: readonly Person[]): string | null {
  const folded = fold(word.replace(/['\u2019]s$/u, '').replace(/\.$/u, ''));
  for (const other of others) if (other.pieces.has(folded)) return other.name;
  return null;
}

/**
 * The greeting the candidate chose, unless a word of it is a slip of the person's name: a greeting
 * saved before the name was corrected ("Ms McAlister" for Fiona McAllister) is the slip to report,
 * not the choice to trust.
 */
function trustedChoice(chosen: string | undefined, person: Person): string | undefined {
  const trimmed = chosen?.trim();
  if (!trimmed) return undefined;
  const slipped = trimmed.split(/\s+/u).some((word) => fitOf(word.replace(/[,;:!?]+$/u, ''), person) === 'misspelt');
  return slipped ? undefined : trimmed;
}

export interface Against {
  /** Everyone else this interview knows: the other interviewers, the recruiter, the candidate. */
  readonly colleagues?: readonly string[];
  /** The people of the other saved interviews. */
  readonly others?: readonly string[];
  /** The greeting the candidate chose for this person ("Bob", "Dr. O"). */
  readonly chosen?: string | undefined;
}

/**
 * How `written` (one name as a greeting or signature writes it, titles and all) stands to
 * `name`. Words before the first that fits may be titles of a trade we do not list ("Sous Chef
 * Lee", "Nurse Practitioner Adeyemi") and are let be; a word after it that fits nobody ("Priya
 * Smith") is not.
 */
export function readName(written: string, name: string, against: Against = {}): Reading {
  const words = written
    .trim()
    .split(/\s+/u)
    .map((word) => word.replace(/^[("\u201c\u2018']+|[)"\u201d\u2019,;:!?]+$/gu, ''))
    .filter((word) => word !== '');
  if (words.length === 0) return { kind: 'role' };
  const person = personOf(name);
  const chosen = trustedChoice(against.chosen, person);
  if (chosen && fold(chosen) === fold(words.join(' '))) return { kind: 'match' };
  const chosenPerson = chosen ? personOf(chosen) : null;
  const persons = (names: readonly string[] | undefined) =>
    (names ?? []).filter((other) => fold(other) !== fold(name)).map(personOf);
  const colleagues = persons(against.colleagues);
  const others = persons(against.others);
  const fits: Array<{ readonly word: string; readonly fit: Fit | 'other' | 'shared' | 'skip'; readonly other?: string }> = [];
  for (const [index, word] of words.entries()) {
    if (PARTICLES.has(fold(word))) {
      fits.push({ word, fit: 'skip' });
      continue;
    }
    let fit = fitOf(word, person);
    if (fit !== 'same' && chosenPerson && fitOf(word, chosenPerson) === 'same') fit = 'same';
    // A colleague's name outright, where it is also a short form of this person's, is either of
    // them ("Sam" to Samantha, with Sam on the panel); a name from another saved interview only
    // counts for a word that fits nothing here.
    const loose = fit === 'same' || fit === 'short' || fit === 'initials';
    const colleague = fit === 'same' ? null : otherNamed(word, colleagues);
    const other = colleague ?? (loose || isRoleWord(word) ? null : otherNamed(word, others));
    if (colleague && loose) fits.push({ word, fit: 'shared', other: colleague });
    else if (other) fits.push({ word, fit: 'other', other });
    else if (fit === 'same' || fit === 'short' || fit === 'initials') fits.push({ word, fit });
    else if (isRoleWord(word) || (index > 0 && isHonorificAfter(word))) fits.push({ word, fit: 'skip' });
    else fits.push({ word, fit });
  }
  // Both halves of a hyphenated name written apart are the whole name ("Ms Dubois Lefèvre").
  const writtenWords = new Set(words.map((word) => fold(word)));
  for (const [index, entry] of fits.entries()) {
    if (entry.fit !== 'half') continue;
    const whole = fold(wholeOf(entry.word, person)).split('-');
    if (whole.every((half) => writtenWords.has(half))) fits[index] = { word: entry.word, fit: 'same' };
  }
  const fitting = fits.filter((entry) => entry.fit === 'same' || entry.fit === 'short' || entry.fit === 'initials');
  if (fits.every((entry) => entry.fit === 'skip')) return { kind: 'role' };
  const other = fits.find((entry) => entry.fit === 'other');
  if (other) return { kind: 'other', other: other.other! };
  const shared = fits.find((entry) => entry.fit === 'shared');
  if (shared) return { kind: 'shared', written: shared.word, other: shared.other! };
  const slip = fits.find((entry) => entry.fit === 'misspelt');
  if (slip) return { kind: 'misspelt', written: slip.word, right: rightPiece(slip.word, person) };
  const particles = fitting.length > 0 ? particlesSlip(written, person) : null;
  if (particles) {
    const from = words.findIndex((word) => !isRoleWord(word));
    return { kind: 'misspelt', written: words.slice(Math.max(0, from)).join(' '), right: particles };
  }
  // A word that fits nobody is part of a title when it stands beside one ("Executive Chef Lee",
  // "Nurse Practitioner Adeyemi"); anywhere else it is a name that is not theirs ("John Lee").
  // A particle is no title: "Dr. van der Velde" to Henrike van der Veen has a stray surname.
  const title = (index: number) => fits[index]?.fit === 'skip' && !PARTICLES.has(fold(fits[index]!.word));
  const stray = fits.some((entry, index) => entry.fit === 'unknown' && !title(index - 1) && !title(index + 1));
  if (stray) return { kind: 'unknown' };
  const half = fits.find((entry) => entry.fit === 'half');
  if (half) return { kind: 'half', written: half.word, right: wholeOf(half.word, person) };
  const accent = fits.find((entry) => entry.fit === 'accent');
  if (accent) return { kind: 'accent', written: accent.word, right: rightPiece(accent.word, person) };
  return fitting.length > 0 ? { kind: 'match' } : { kind: 'unknown' };
}

// The pieces of a person's name a greeting or a signature may use, worked out once per name:
// its parts, a surname joined to its particles or written without them, the halves of a
// hyphenated part, a Chinese or Korean name's family name, the initials and the particles.
import { particleSet } from '../model/particles.js';
import { bare, fold, nameParts } from './text.js';

/**
 * The shared particles, plus those a misspelled particle is compared on and nothing else splits
 * on: "zu", "op", "d'", "mac", "ibn", "bint" and the Spanish "y" ("García y Vega").
 */
export const PARTICLES: ReadonlySet<string> = particleSet('zu', 'op', "d'", 'mac', 'ibn', 'bint', 'y');

export interface Person {
  readonly name: string;
  /** Every piece a greeting may use, folded: the name's parts, a surname joined to its particles. */
  readonly pieces: ReadonlySet<string>;
  /** The halves of a hyphenated part ("dubois", "lefèvre"), folded. */
  readonly halves: ReadonlySet<string>;
  /** The same pieces without accents, for the accent and near-miss questions. */
  readonly bare: readonly string[];
  /** The given names (all parts but the last, or the only one), without accents. */
  readonly given: readonly string[];
  /** The initials of the parts in order. */
  readonly initials: string;
  /** The particles in order ("van der"). */
  readonly particles: string;
}

const HAN_OR_HANGUL = (code: number): boolean =>
  (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xac00 && code <= 0xd7af);

const people = new Map<string, Person>();

export function personOf(name: string): Person {
  let person = people.get(name);
  if (person) return person;
  const parts = nameParts(name);
  const pieces = new Set<string>();
  const halves = new Set<string>();
  const joined: string[] = [];
  for (const part of parts) {
    const folded = fold(part);
    pieces.add(folded);
    pieces.add(squash(folded));
    const [head = '', ...rest] = folded.split(/[-'\u2019]/u);
    if (rest.length > 0 && (PARTICLES.has(head) || PARTICLES.has(`${head}'`))) {
      // "al-Farsi", "d'Souza": the particle may be dropped ("Dr. Farsi") or written apart.
      joined.push(head);
      pieces.add(rest.join('-'));
      continue;
    }
    for (const half of folded.split('-')) if (half.length > 1 && half !== folded && !PARTICLES.has(half)) halves.add(half);
    // A Chinese or Korean name written as one word: its family name is the first character.
    if ([...folded].length >= 2 && [...folded].every((char) => HAN_OR_HANGUL(char.codePointAt(0)!))) {
      const chars = [...folded];
      pieces.add(chars[0]!);
      pieces.add(chars.slice(1).join(''));
    }
  }
  const words = name.trim().split(/\s+/u);
  const firstParticle = words.findIndex((word, index) => index > 0 && PARTICLES.has(fold(word)));
  // "Mr. Vanderberg", "Ms. Delacruz": the surname with its particles written as one word.
  if (firstParticle > 0) pieces.add(fold(words.slice(firstParticle).join('')).replace(/['\u2019-]/gu, ''));
  person = {
    name,
    pieces,
    halves,
    bare: [...pieces, ...halves].map(bare),
    given: (parts.length > 1 ? parts.slice(0, -1) : parts).map(bare),
    initials: parts
      .flatMap((part) => bare(part).split('-'))
      .map((piece) => piece[0] ?? '')
      .join(''),
    particles: [...words.filter((word) => PARTICLES.has(fold(word))).map(fold), ...joined].join(' '),
  };
  if (people.size > 200) people.clear();
  people.set(name, person);
  return person;
}

/** A name without its apostrophes, hyphens and full stops: "O'Brien" typed "OBrien" is the same name. */
export const squash = (folded: string): string => folded.replace(/['\u2019.-]/gu, '');

/**
 * The person's surname with its particles, when the written name has other particles than theirs
 * ("Mr. van den Berg" to Joost van der Berg). Written without particles ("Mr. Berg") it is left be.
 */
export function particlesSlip(written: string, person: Person): string | null {
  const mine = written
    .trim()
    .split(/\s+/u)
    .filter((word) => PARTICLES.has(fold(word)))
    .map(fold)
    .join(' ');
  if (mine === '' || mine === person.particles) return null;
  const words = person.name.trim().split(/\s+/u);
  const first = words.findIndex((word) => PARTICLES.has(fold(word)));
  return first < 0 ? (nameParts(person.name).at(-1) ?? person.name) : words.slice(first).join(' ');
}

/** "Clark" for Clarke, "Adeyemi-Clark" for Adeyemi-Clarke: four letters or more, and only the last one missing. */
export function isLastLetterDropped(plain: string, whole: string): boolean {
  return plain.length >= 4 && whole.length === plain.length + 1 && whole.startsWith(plain);
}

// Which person the user names, wherever a command or the session asks for one (regen --to,
// check --to, sent --to, status --told-by, "Who told you?"). People type what they call someone:
// the given name ("Priya"), the surname ("Ortiz"), the name they greet them by ("Kelly"), the
// whole name, or the start of it ("jose alv"), with or without a title ("Dr. Hoang" for "Dr. Mai
// Hoang", "Hoang" too). A double surname is also named by its first part ("García" for María
// José García-López, as Spanish names are shortened), or by any of its parts, and so is a
// hyphenated given name. Case, accents, spacing and the kind of apostrophe ("O’Neill", "O'Neill",
// "ONeill") never matter; a word that fits two people is ambiguous.
import { isNameTitle } from '../model/greeting.js';
import type { Interview } from '../model/types.js';
import { foldName } from './words.js';

export interface Named {
  readonly name: string;
  /** The name the candidate greets them by, when one is saved. */
  readonly greeting?: string | undefined;
}

export type NameMatch =
  /** One person, or several saved under the very same name (each gets their own note). */
  | { readonly kind: 'found'; readonly indexes: readonly number[] }
  | { readonly kind: 'ambiguous'; readonly indexes: readonly number[] }
  | { readonly kind: 'none' };

interface Folded {
  readonly name: string;
  readonly greeting: string;
  /** The name without a leading title: "dr. mai hoang" -> "mai hoang". */
  readonly bare: string;
}

/**
 * The people `typed` names, trying the strictest reading first: the whole name, the greeting
 * name, whole words of the name (given name, surname, "Thị Lan"), then the start of the name.
 * A title is never what tells two people apart, so it is set aside on both sides.
 */
export function matchName(people: readonly Named[], typed: string): NameMatch {
  const wanted = folded(typed);
  const bareWanted = withoutTitle(wanted);
  if (bareWanted === '') return { kind: 'none' };
  const all: Folded[] = people.map((person) => {
    const name = folded(person.name);
    return { name, greeting: folded(person.greeting ?? ''), bare: withoutTitle(name) };
  });
  const tiers: ReadonlyArray<(person: Folded) => boolean> = [
    (person) => person.name === wanted || person.bare === bareWanted,
    (person) => person.greeting === wanted,
    (person) => hasWords(person.bare, bareWanted),
    // "Garcia" of "Garcia-Lopez", "Mensah" or "Bonsu" of "Mensah-Bonsu".
    (person) => hasWords(person.bare.replace(/-/g, ' '), bareWanted.replace(/-/g, ' ')),
    (person) => person.bare.startsWith(bareWanted),
  ];
  for (const test of tiers) {
    const indexes = all.flatMap((person, index) => (test(person) ? [index] : []));
    if (indexes.length === 0) continue;
    const same = indexes.every((index) => all[index]!.name === all[indexes[0]!]!.name);
    return { kind: same ? 'found' : 'ambiguous', indexes };
  }
  return { kind: 'none' };
}

/** Everyone of an interview the user may name: the interviewers, then the recruiter (once). */
export function peopleOf(interview: Interview): Named[] {
  const interviewers = interview.interviewers.map((person) => ({
    name: person.name,
    greeting: person.greeting?.trim() || undefined,
  }));
  const recruiter = interview.recruiter?.name.trim();
  return recruiter && !interviewers.some((person) => person.name === recruiter)
    ? [...interviewers, { name: recruiter }]
    : interviewers;
}

/** A name folded (foldName) without its apostrophes, straight or typographic: "o’neill" is "oneill". */
function folded(name: string): string {
  return foldName(name).replace(/['\u2018\u2019\u02bc`]/gu, '');
}

/** A folded name without its leading titles ("dr. mai hoang" -> "mai hoang", "dr." -> ""). */
function withoutTitle(folded: string): string {
  const words = folded.split(' ');
  let start = 0;
  while (start < words.length && isNameTitle(words[start]!)) start += 1;
  return words.slice(start).join(' ');
}

/** Whether the words of `part` appear, whole and in order, side by side in `name`. */
function hasWords(name: string, part: string): boolean {
  return ` ${name} `.includes(` ${part} `);
}

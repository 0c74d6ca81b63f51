// Which person `--to` names. People type what they call someone: the given name ("Priya"), the
// surname ("Ortiz"), the name they greet them by ("Kelly"), the whole name, or the start of it
// ("jose alv"). Case, accents and spacing never matter; a word that fits two people is ambiguous.
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

/**
 * The people `typed` names, trying the strictest reading first: the whole name, the greeting
 * name, whole words of the name (given name, surname, "Thị Lan"), then the start of the name.
 */
export function matchName(people: readonly Named[], typed: string): NameMatch {
  const wanted = foldName(typed);
  if (wanted === '') return { kind: 'none' };
  const folded = people.map((person) => ({ name: foldName(person.name), greeting: foldName(person.greeting ?? '') }));
  const tiers: ReadonlyArray<(person: (typeof folded)[number]) => boolean> = [
    (person) => person.name === wanted,
    (person) => person.greeting === wanted,
    (person) => hasWords(person.name, wanted),
    (person) => person.name.startsWith(wanted),
  ];
  for (const test of tiers) {
    const indexes = folded.flatMap((person, index) => (test(person) ? [index] : []));
    if (indexes.length === 0) continue;
    const same = indexes.every((index) => folded[index]!.name === folded[indexes[0]!]!.name);
    return { kind: same ? 'found' : 'ambiguous', indexes };
  }
  return { kind: 'none' };
}

/** Whether the words of `part` appear, whole and in order, side by side in `name`. */
function hasWords(name: string, part: string): boolean {
  return ` ${name} `.includes(` ${part} `);
}

// name-mismatch: the greeting is not the recipient, a known name is misspelled, or the note is
// signed with someone else's name. Names are the one thing a reader always checks.
import { startsLikeName, startsUpper } from '../chars.js';
import { greetingOf, isTitleOnly, namesPerson, recipientOf, signatureOf, withoutPostNominals } from '../people.js';
import { bare, editDistance, fold, nameParts, wordsOf } from '../text.js';
import { particleSet } from '../../model/particles.js';
import type { Severity } from '../../model/types.js';
import { DESCRIPTIONS, MESSAGES } from '../messages.js';
import type { CheckContext, Hit, RuleCheck } from '../types.js';

/** Every person the context knows, with the parts of their name. */
function knownPeople(context: CheckContext): string[] {
  const interview = context.interview;
  const names = [context.to ?? '', interview?.candidate.name ?? '', interview?.recruiter?.name ?? ''];
  for (const person of interview?.interviewers ?? []) names.push(person.name);
  return names.filter((name) => name.trim() !== '');
}

interface KnownPart {
  readonly part: string;
  readonly folded: string;
  readonly bare: string;
  /** Edits allowed: short names sit one letter away from ordinary words ("Sam"/"Same"). */
  readonly allowed: number;
}

/** Each name part folded once, not once for every word of the note. */
function knownParts(parts: readonly string[]): KnownPart[] {
  return parts.map((part) => {
    const length = [...part].length;
    return { part, folded: fold(part), bare: bare(part), allowed: length >= 8 ? 2 : length >= 5 ? 1 : 0 };
  });
}

/** The known name part `word` is a near miss of, or null ("Pryia" -> "Priya", "Jose" -> "José"). */
function nearMissOf(word: string, parts: readonly KnownPart[]): string | null {
  const folded = fold(word);
  if (parts.some((known) => known.folded === folded)) return null;
  const plain = bare(word);
  for (const known of parts) {
    if (known.bare === plain) return known.part;
    if (
      known.allowed > 0 &&
      folded[0] === known.folded[0] &&
      editDistance(folded, known.folded, known.allowed + 1) <= known.allowed
    )
      return known.part;
  }
  return null;
}

/**
 * The shared particles, plus those a misspelled particle is compared on and nothing else splits
 * on: "zu", "op", "d'", "mac", "ibn", "bint" and the Spanish "y" ("García y Vega").
 */
const PARTICLES = particleSet('zu', 'op', "d'", 'mac', 'ibn', 'bint', 'y');

/** The particles of a name in order ("Joost van der Berg" -> "van der"). */
function particlesOf(name: string): string {
  return name
    .split(/\s+/u)
    .filter((word) => PARTICLES.has(fold(word)))
    .map(fold)
    .join(' ');
}

/**
 * The recipient's surname with its particles when the greeting writes other ones: "Mr. van den
 * Berg" to Joost van der Berg. A greeting without particles ("Mr. Berg") is left alone.
 */
function particleSlip(written: string, person: string): string | null {
  const writtenParticles = particlesOf(written);
  const theirs = particlesOf(person);
  if (writtenParticles === '' || writtenParticles === theirs || !namesPerson(written, person)) return null;
  const words = person.trim().split(/\s+/u);
  const first = words.findIndex((word) => PARTICLES.has(fold(word)));
  return first < 0 ? (nameParts(person).at(-1) ?? person) : words.slice(first).join(' ');
}

/**
 * A short form of the recipient's given name: "Seun" for Oluwaseun, "Dami" for Olúwádámilárè,
 * "Liz" for Elizabeth. Four letters or more found inside a given name, accents aside (three when
 * they start at its first or second letter: "Ian" is no short form of Marianne), and not the
 * name of anyone else the interview knows.
 */
/**
 * The greeting is another known person's name, not a piece of the recipient's own: "Hi Sam" to
 * Samantha Reyes, in an interview with Sam Ortiz, is Sam's note.
 */
function namesSomeoneElse(written: string, person: string, people: readonly string[]): boolean {
  const own = new Set(nameParts(person).map(fold));
  const words = nameParts(written).map(fold);
  if (words.length === 0 || words.some((word) => own.has(word))) return false;
  return people.some((other) => {
    const theirs = new Set(nameParts(other).map(fold));
    return fold(other) !== fold(person) && words.every((word) => theirs.has(word));
  });
}

function shortFormAt(name: string, word: string): boolean {
  const at = name.indexOf(word);
  return at >= 0 && (word.length >= 4 || at <= 1);
}

function isShortForm(written: string, person: string, others: readonly string[]): boolean {
  const parts = nameParts(person);
  const given = (parts.length > 1 ? parts.slice(0, -1) : parts).map(bare);
  const otherParts = new Set(
    others
      .filter((name) => fold(name) !== fold(person))
      .flatMap(nameParts)
      .map(bare),
  );
  const words = nameParts(written).map(bare);
  return (
    words.length === 1 &&
    words.every(
      (word) => word.length >= 3 && !otherParts.has(word) && given.some((name) => name !== word && shortFormAt(name, word)),
    )
  );
}

/** The greeting the candidate chose for this person ("Bob" for Robert Smith) is their name too. */
function isChosenGreeting(written: string, chosen: string | undefined): boolean {
  const greeting = chosen?.trim();
  return greeting !== undefined && greeting !== '' && (fold(written) === fold(greeting) || namesPerson(written, greeting));
}

export const nameMismatch: RuleCheck = (draft, context) => {
  const hits: Hit[] = [];
  const recipient = recipientOf(context);
  const greeting = greetingOf(draft);
  const people = knownPeople(context);
  const parts = knownParts(people.flatMap(nameParts));
  const addressee = greeting?.addressees.length === 1 ? greeting.addressees[0] : undefined;
  if (recipient && addressee && !/^(all|everyone|everybody|team|folks)$/i.test(addressee.text) && !isTitleOnly(addressee.text)) {
    const particles = particleSlip(addressee.text, recipient.name);
    if (particles) {
      hits.push({ start: addressee.start, end: addressee.end, message: MESSAGES.misspelledName(addressee.text, particles) });
    } else if (
      (namesSomeoneElse(addressee.text, recipient.name, people) || !namesPerson(addressee.text, recipient.name)) &&
      !isChosenGreeting(addressee.text, recipient.interviewer?.greeting) &&
      !isShortForm(addressee.text, recipient.name, people)
    ) {
      const words = nameParts(addressee.text);
      const theirs = knownParts(nameParts(recipient.name));
      const near = words.map((word) => nearMissOf(word, theirs)).find((part) => part !== null);
      const message = near
        ? MESSAGES.misspelledName(addressee.text, near)
        : MESSAGES.greetingNotRecipient(addressee.text, recipient.name);
      hits.push({ start: addressee.start, end: addressee.end, message });
    }
  }
  // Misspelled names anywhere else in the writer's words (the greeting is covered above).
  if (parts.length > 0) {
    const reported = new Set<string>();
    for (const word of wordsOf(draft.prose)) {
      if (addressee && word.start >= addressee.start && word.end <= addressee.end) continue;
      if (!startsUpper(word.text) || reported.has(word.text)) continue;
      const near = nearMissOf(word.text.replace(/['\u2019]s$/u, ''), parts);
      if (near) {
        reported.add(word.text);
        hits.push({ start: word.start, end: word.end, message: MESSAGES.misspelledName(word.text, near) });
      }
    }
  }
  const candidate = context.interview?.candidate.name;
  const signature = signatureOf(draft);
  if (candidate && signature && startsLikeName(signature.text) && !/[@\d]/.test(signature.text)) {
    const signed = withoutPostNominals(signature.text.split(/[,|]/)[0]!.trim());
    if (nameParts(signed).length <= 4 && !namesPerson(signed, candidate) && !hits.some((hit) => hit.start === signature.start)) {
      hits.push({
        start: signature.start,
        end: signature.start + signed.length,
        message: MESSAGES.signatureNotYou(signed, candidate),
      });
    }
  }
  return hits;
};

export const id = 'name-mismatch';
export const severity: Severity = 'error';
export const description: string = DESCRIPTIONS[id];
export const check: RuleCheck | null = nameMismatch;

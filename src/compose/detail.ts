// The personal detail goes into a note as something the candidate and the reader talked about,
// in a sentence of the template's that ends "... talking about {{to.detail}}." (see
// templates/partials/detail-*.hbs). People type it every way: a sentence ("We both ran the
// Chicago marathon."), a fragment about the reader ("she precepted new grads for ten years",
// "has worked on the unit for nineteen years"), about themselves ("I grew up in Valencia too"),
// or a noun phrase ("our shared love of sourdough"). A clause whose subject is known becomes
// "how ...": a "she" or "he" becomes "you" (the note is to that very person), a sentence that
// starts with its verb gets "you", and the verbs and possessives that follow agree. Anything
// else, which may be a noun phrase or a clause we cannot tell apart, follows a colon, which reads
// right for both: "talking about something more personal: our shared love of sourdough".
import { messages } from './messages.js';
import { toSecondPerson } from './second-person.js';
import { asPhrase } from './words.js';

/** Verbs a subject-less detail may start with ("has worked", "is training", "grew up", "coached"). */
const BARE_VERB = /^(has|is|was|does|[a-z]+ed|grew|ran|won|took|came|went|spent|taught|built|led|left)\b/i;

/** Subjects that make the detail a clause we can set after "how" as it is. */
const KNOWN_SUBJECT = /^(we|you|i|both of us)(\b|'(re|ve|d|m|ll)\b)/i;

/** The reader's pronoun a detail opens with ("she", "He's", "they"), lower case, or null. */
function readerOf(text: string): string | null {
  return /^(she|he|they)(?=\s|['\u2019](s|d|ll|ve|re)\s)/i.exec(text)?.[1]?.toLowerCase() ?? null;
}

/** The typed text without surrounding quotes, doubled spaces or its final stop (the template ends the sentence). */
function cleaned(text: string): string {
  const value = text.trim().replace(/\s+/g, ' ');
  const unquoted = /^["\u201c](.*)["\u201d]$/u.exec(value)?.[1] ?? value;
  return unquoted.replace(/[\s.!?;:,]+$/u, '');
}

/**
 * The detail without an "also", "too" or "as well" of its own: every sentence that joins it says
 * so already ("I also enjoyed talking about ...", "It was good, too, to talk about ..."), and a trial
 * note read "I also enjoyed talking about how you also learned to code". A "too" or "as well" goes
 * only where it ends the detail or follows its subject ("she too grew up ..."), where it is the
 * connective and not a "too much".
 */
function withoutOwnAlso(text: string): string {
  return text
    .replace(/(^|\s)also(?=\s)/giu, '$1')
    .replace(/^(\S+),? too,?(?=\s)/iu, '$1')
    .replace(/,?\s+(too|as well)$/iu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** "We" and "You" lower-cased to start a clause inside a sentence; "I" stays as it is. */
const clauseStart = (clause: string) => clause.replace(/^(We|You|Both)\b/u, (word) => word.toLowerCase());

/**
 * What the candidate and the reader talked about, for the slot after "talking about":
 * "we both spent a year in Oslo" -> "how we both spent a year in Oslo"; "she precepted new grads"
 * -> "how you precepted new grads"; "our shared love of sourdough" -> "something more personal:
 * our shared love of sourdough" (in the formal tone, "a more personal matter: ...").
 */
export function detailAbout(text: string, formal: boolean): string {
  const value = withoutOwnAlso(cleaned(text));
  const reader = readerOf(value);
  if (reader !== null) return messages.detailClause(toSecondPerson(value.split(' '), reader, false).join(' '));
  if (BARE_VERB.test(value)) return messages.detailClause(['you', ...toSecondPerson(value.split(' '), null, true)].join(' '));
  if (KNOWN_SUBJECT.test(value)) return messages.detailClause(clauseStart(value));
  const theirs = /^(her|his)\s/i.exec(value);
  const aside = theirs ? value.replace(theirs[1]!.toLowerCase() === 'her' ? /\bher\b/gi : /\bhis\b/gi, 'your') : value;
  return messages.detailAside(asPhrase(aside), formal);
}

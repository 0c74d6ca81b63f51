// The personal detail goes into the note as the candidate's own sentence, spoken to the reader.
// People often type it about them ("she precepted new grads for ten years", "has worked on the
// unit for nineteen years"); set into a note to that very person, "She ..." reads as if the note
// were meant for someone else, and a bare "Has worked ..." is no sentence at all. So a leading
// "she" or "he" becomes "you", a sentence that starts with its verb gets "you", and the verbs
// and possessives that follow agree. A bare "You learned Vietnamese." would tell the reader
// about their own life, so that clause is framed as what the candidate was glad to hear.
import { asSentence } from './words.js';

/** Third-person verbs that change with "you". */
const AGREEING: Readonly<Record<string, string>> = { has: 'have', is: 'are', was: 'were', does: 'do' };

/** Verbs a subject-less detail may start with ("has worked", "is training", "grew up", "coached"). */
const BARE_VERB = /^(has|is|was|does|[a-z]+ed|grew|ran|won|took|came|went|spent|taught|built|led|left)\b/i;

/** Words that may stand between the subject and its verb ("she still runs"). */
const ADVERBS = new Set(['always', 'often', 'still', 'also', 'once', 'now', 'recently', 'sometimes', 'usually', 'even']);

/** A present-tense verb after "she" or "he", as it reads after "you" ("restores" -> "restore"). */
function withYou(verb: string): string {
  const lower = verb.toLowerCase();
  if (Object.hasOwn(AGREEING, lower)) return AGREEING[lower]!;
  if (!/^[a-z]{4,}s$/.test(lower) || lower.endsWith('ss')) return verb;
  if (lower.endsWith('ies')) return `${verb.slice(0, -3)}y`;
  if (/(ch|sh|x|z|ss)es$/.test(lower)) return verb.slice(0, -2);
  return verb.slice(0, -1);
}

function agree(rest: string): string {
  const [first = '', second = '', ...more] = rest.split(' ');
  if (ADVERBS.has(first.toLowerCase()) && second !== '') return [first, withYou(second), ...more].join(' ');
  return [withYou(first), second, ...more].filter((word, index) => index === 0 || word !== '').join(' ');
}

/** What the candidate says on hearing a detail about the reader: "It was good to hear that you ...". */
const heard = (clause: string) => asSentence(`It was good to hear that ${clause}`);

/** The detail as a whole sentence to the reader: "she precepted new grads" -> "It was good to hear that you precepted new grads." */
export function detailSentence(text: string): string {
  const value = text.trim().replace(/\s+/g, ' ');
  const pronoun = /^(she|he)\s+(.*)$/i.exec(value);
  if (pronoun) {
    const possessive = pronoun[1]!.toLowerCase() === 'she' ? /\bher\b/g : /\bhis\b/g;
    return heard(`you ${agree(pronoun[2]!)}`.replace(possessive, 'your'));
  }
  if (BARE_VERB.test(value)) return heard(`you ${agree(value)}`);
  return asSentence(value);
}

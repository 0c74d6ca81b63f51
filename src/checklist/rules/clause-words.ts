// The words of each sentence as the role grammars of third-party and gimmick read them (who does
// what for whom, behalf-roles.ts and gift-roles.ts): lower case with a plain apostrophe, where
// each sits, whether a comma comes before it, and whether the interview's own phrases (company,
// role, topics) blanked it. Word by word, with sets, not one large RegExp: linear in the note and
// nothing to compile on a fresh process.
import type { CheckContext, Hit } from '../types.js';
import { startsUpper } from '../chars.js';
import { fold, nameParts, sentencesOf, type Span, wordsOf } from '../text.js';

export interface Word {
  readonly start: number;
  readonly end: number;
  /** Lower case, with ’ as ' ("she'll"). */
  readonly word: string;
  readonly upper: boolean;
  /** A comma, semicolon, colon or dash between this word and the one before it. */
  readonly pause: boolean;
  /** Blanked as one of the interview's own phrases: the company, the role, a topic. */
  readonly masked: boolean;
}

export interface Clause {
  readonly start: number;
  readonly end: number;
  readonly words: readonly Word[];
}

// Both rules read the same note: the last answer is kept.
let last: { readonly prose: string; readonly masked: string; readonly clauses: readonly Clause[] } | null = null;

/** The sentences of `prose` with their words; `masked` is the same prose with the interview's phrases blanked. */
export function clausesOf(prose: string, masked: string): readonly Clause[] {
  if (last?.prose === prose && last.masked === masked) return last.clauses;
  const words = wordsOf(prose);
  const out: Clause[] = [];
  let at = 0;
  for (const sentence of joinedAtTitles(prose, sentencesOf(prose))) {
    while (at < words.length && words[at]!.start < sentence.start) at += 1;
    const mine: Word[] = [];
    let previousEnd = sentence.start;
    while (at < words.length && words[at]!.end <= sentence.end) {
      const span = words[at]!;
      const first = prose.charCodeAt(span.start);
      const folded = fold(span.text);
      mine.push({
        start: span.start,
        end: span.end,
        word: folded.includes('\u2019') ? folded.replace(/\u2019/g, "'") : folded,
        upper: first >= 65 && first <= 90 ? true : first < 128 ? false : startsUpper(span.text),
        pause: pauseBetween(prose, previousEnd, span.start),
        masked: masked.charCodeAt(span.start) !== first,
      });
      previousEnd = span.end;
      at += 1;
    }
    if (mine.length > 0) out.push({ start: sentence.start, end: sentence.end, words: mine });
  }
  last = { prose, masked, clauses: out };
  return out;
}

/** A comma, semicolon, colon, bracket or dash between two words. */
function pauseBetween(prose: string, from: number, to: number): boolean {
  for (let at = from; at < to; at += 1) {
    const char = prose[at];
    if (char === ',' || char === ';' || char === ':' || char === '(' || char === ')' || char === '\u2013' || char === '\u2014')
      return true;
    if (char === '-' && at > from && at + 1 < to && prose[at - 1] === ' ' && prose[at + 1] === ' ') return true;
  }
  return false;
}

/**
 * A test of whether a sentence holds none of `taken` (hits in reading order), asked of the
 * sentences in reading order: one pass over both, however many there are.
 */
export function freeOf(taken: readonly Hit[]): (clause: Clause) => boolean {
  let next = 0;
  return (clause) => {
    while (next < taken.length && taken[next]!.start < clause.start) next += 1;
    return next >= taken.length || taken[next]!.start >= clause.end;
  };
}

/** Titles and initials whose full stop ends no sentence: "Mrs. Collins", "Dr. Lee", "J. Ortiz". */
const ABBREVIATION = /(?:^|\s)(?:Mr|Mrs|Ms|Mx|Dr|Prof|Rev|St|Sr|Jr|Capt|Lt|Sgt|[A-Z])\.$/;

function joinedAtTitles(prose: string, sentences: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const sentence of sentences) {
    const previous = out[out.length - 1];
    if (previous && ABBREVIATION.test(prose.slice(Math.max(previous.start, previous.end - 6), previous.end)))
      out[out.length - 1] = { start: previous.start, end: sentence.end, text: '' };
    else out.push(sentence);
  }
  return out;
}

/** The word without a clitic: "she'll" -> "she", "i've" -> "i", "dana's" -> "dana". */
export function stem(word: string): string {
  const at = word.indexOf("'");
  return at > 0 ? word.slice(0, at) : word;
}

/** The clitic of a word, "'ll", "'d", "'s", "'ve", or "". */
export function clitic(word: string): string {
  const at = word.indexOf("'");
  return at > 0 ? word.slice(at) : '';
}

/** The writer as a subject: "I", "I'll", "we've". */
export function isWriter(word: string): boolean {
  const base = stem(word);
  return base === 'i' || base === 'we';
}

/**
 * The people on the reader's side, by name, from the interview (lower case): the interviewers,
 * the recruiter. The candidate's own name is there too, as no one else's.
 */
export function readerNames(context: CheckContext): ReadonlySet<string> {
  const interview = context.interview;
  const names = new Set<string>();
  if (!interview) return names;
  const people = [...interview.interviewers.map((person) => person.name), interview.candidate.name];
  if (interview.recruiter) people.push(interview.recruiter.name);
  if (context.to) people.push(context.to);
  for (const person of people) for (const part of nameParts(person)) names.add(fold(part));
  return names;
}

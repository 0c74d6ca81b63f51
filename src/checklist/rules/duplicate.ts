// duplicate-note: two interviewers' notes that are nearly the same text, or that share a whole
// paragraph. Interviewers compare notes, and a form letter with the names swapped reads as
// exactly that; so does one copied paragraph in otherwise different notes.
import type { Note } from '../../model/types.js';
import { MESSAGES } from '../messages.js';
import { draftFromNote } from '../draft.js';
import { signatureOf } from '../people.js';
import { bare, nameParts, wordsOf } from '../text.js';
import type { CheckContext, RuleCheck } from '../types.js';
import { notePoint } from './content.js';

/** At or above this share of shared word triples, two notes are "nearly the same". */
export const DUPLICATE_THRESHOLD = 0.8;

function shingles(prose: string, names: ReadonlySet<string>): Set<string> {
  // Names are blanked so that "Hi Priya" and "Hi Sam" count as the same words.
  const words = wordsOf(prose).map((word) => (names.has(bare(word.text)) ? '@' : bare(word.text)));
  const out = new Set<string>();
  for (let index = 0; index + 2 < words.length; index += 1) out.add(`${words[index]} ${words[index + 1]} ${words[index + 2]}`);
  return out;
}

/** A paragraph this long, names aside, is written for one reader: in two notes it is a copy. */
export const SHARED_PARAGRAPH_WORDS = 10;

/** The paragraphs above the signature, as their words with names blanked, when long enough to count. */
function paragraphs(prose: string, names: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const paragraph of prose.split(/\n[ \t]*\n/)) {
    const words = wordsOf(paragraph).map((word) => (names.has(bare(word.text)) ? '@' : bare(word.text)));
    if (words.length >= SHARED_PARAGRAPH_WORDS) out.add(words.join(' '));
  }
  return out;
}

function sharesParagraph(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const paragraph of a) if (b.has(paragraph)) return true;
  return false;
}

/** The writer's words above the signature block (which every note of one candidate shares). */
function aboveSignature(draft: Parameters<RuleCheck>[0]): string {
  const signature = signatureOf(draft);
  return signature ? draft.prose.slice(0, signature.start) : draft.prose;
}

function namesIn(context: CheckContext, notes: readonly Pick<Note, 'to'>[]): Set<string> {
  const names = [...notes.map((note) => note.to), context.to ?? ''];
  for (const person of context.interview?.interviewers ?? []) names.push(person.name);
  return new Set(names.flatMap(nameParts).map(bare));
}

/** Shared triples over the smaller note's triples: a short note copied into a long one still counts. */
export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared += 1;
  return shared / Math.min(a.size, b.size);
}

export const duplicateNote: RuleCheck = (draft, context) => {
  const siblings = (context.siblings ?? []).filter((note) => !context.to || bare(note.to) !== bare(context.to));
  if (siblings.length === 0) return [];
  const names = namesIn(context, siblings);
  const mine = shingles(draft.prose, names);
  if (mine.size < 8) return [];
  const myParagraphs = paragraphs(aboveSignature(draft), names);
  let best: { to: string; score: number } | null = null;
  for (const note of siblings) {
    if (context.kind && note.kind !== context.kind) continue;
    const theirs = draftFromNote(note);
    const score = overlap(mine, shingles(theirs.prose, names));
    const copied = sharesParagraph(myParagraphs, paragraphs(aboveSignature(theirs), names));
    if (!(score >= DUPLICATE_THRESHOLD || copied)) continue;
    // A near-copy outranks a shared paragraph; between equals, the higher overlap.
    const better = !best || score >= DUPLICATE_THRESHOLD > (best.score >= DUPLICATE_THRESHOLD) || score > best.score;
    if (better) best = { to: note.to, score };
  }
  if (!best) return [];
  return [{ ...notePoint(draft), message: MESSAGES.duplicate(best.to, Math.round(best.score * 100)) }];
};

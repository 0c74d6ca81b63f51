// duplicate-note: two interviewers' notes that are nearly the same text. Interviewers compare
// notes, and a form letter with the names swapped reads as exactly that.
import type { Note } from '../../model/types.js';
import { MESSAGES } from '../messages.js';
import { draftFromNote } from '../draft.js';
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
  let best: { to: string; score: number } | null = null;
  for (const note of siblings) {
    if (context.kind && note.kind !== context.kind) continue;
    const score = overlap(mine, shingles(draftFromNote(note).prose, names));
    if (score >= DUPLICATE_THRESHOLD && (!best || score > best.score)) best = { to: note.to, score };
  }
  if (!best) return [];
  return [{ ...notePoint(draft), message: MESSAGES.duplicate(best.to, Math.round(best.score * 100)) }];
};

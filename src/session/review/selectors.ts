// What the front ends read off the review's state: the note on screen and the sent log.
import { entriesFor } from '../../model/sent-log.js';
import type { Interview, Note, SentEntry } from '../../model/types.js';
import type { ReviewNote, ReviewState } from './types.js';

/**
 * Whether the note may be edited: not once it went out, since its text is then the record of
 * what was sent. The reducer refuses `edit` by this; a front end that lists actions offers Edit
 * by it.
 */
export function editable(item: Pick<ReviewNote, 'sentAt'>): boolean {
  return item.sentAt === undefined;
}

/** The note on screen, if the notes are written. */
export function currentNote(state: ReviewState): ReviewNote | undefined {
  return state.notes?.[Math.min(state.selected, state.notes.length - 1)];
}

/** The sent log as the review knows it: the interview's, and what was marked here (once each). */
export function sentLog(interview: Interview, marked: readonly SentEntry[]): readonly SentEntry[] {
  // The interview may be saved again after a changed answer, with these entries in it already.
  const known = (entry: SentEntry) => interview.sent.some((e) => e.kind === entry.kind && e.to === entry.to && e.at === entry.at);
  const fresh = marked.filter((entry) => !known(entry));
  return fresh.length === 0 ? interview.sent : [...interview.sent, ...fresh];
}

/** When this note (its kind, to this person; a second follow-up after the first) was last sent, if it was. */
export function lastSent(sent: readonly SentEntry[], note: Pick<Note, 'kind' | 'to' | 'follows'>): SentEntry | undefined {
  return entriesFor(sent, note).at(-1);
}

/** The first note still to send (not sent before, not marked sent here), or null when all have gone. */
export function firstToSend(notes: readonly Pick<ReviewNote, 'sentAt'>[]): number | null {
  const index = notes.findIndex((r) => r.sentAt === undefined);
  return index < 0 ? null : index;
}

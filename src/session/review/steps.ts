// Small pieces the review's reducers share.
import type { Note } from '../../model/types.js';
import type { ReviewEffect, ReviewNote, ReviewState, ReviewStep } from './types.js';

export const only = (state: ReviewState): ReviewStep => ({ state, effects: [] });

/** Applies `change` to the entry of `note`, while it is still the one on the list. */
export function update(state: ReviewState, note: Note, change: (r: ReviewNote) => ReviewNote): ReviewState {
  if (!state.notes?.some((r) => r.note === note)) return state;
  return { ...state, notes: state.notes.map((r) => (r.note === note ? change(r) : r)) };
}

/** A check for each of `which`, against all the notes shown (duplicate-note compares them). */
export function checks(notes: readonly ReviewNote[], which: readonly Note[]): ReviewEffect[] {
  const siblings = notes.map((r) => r.note);
  return which.map((note) => ({ type: 'check', note, siblings }));
}

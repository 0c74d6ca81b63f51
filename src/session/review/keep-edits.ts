// After a changed answer: the hand edits the new answers write differently, put to the user one
// by one. An edit stays unless the user picks the new text; the answers decide which edits go.
import type { Interview, NoteEdit } from '../../model/types.js';
import { type EditInQuestion, withoutEdits } from '../note-history.js';

export interface KeepEditsState {
  readonly questions: readonly EditInQuestion[];
  /** The question on screen. */
  readonly at: number;
  readonly dropped: readonly NoteEdit[];
}

export function startKeepEdits(questions: readonly EditInQuestion[]): KeepEditsState {
  return { questions, at: 0, dropped: [] };
}

/** The question on screen, or undefined once every one is answered. */
export function editAsked(state: KeepEditsState): EditInQuestion | undefined {
  return state.questions[state.at];
}

export function answerEdit(state: KeepEditsState, keep: boolean): KeepEditsState {
  const asked = editAsked(state);
  if (!asked) return state;
  return { ...state, at: state.at + 1, dropped: keep ? state.dropped : [...state.dropped, asked.edit] };
}

/** The interview with the edits the user replaced by the new text taken out; null when none was. */
export function afterKeepEdits(state: KeepEditsState, stored: Interview): Interview | null {
  if (state.dropped.length === 0) return null;
  return { ...stored, edits: withoutEdits(stored.edits ?? [], state.dropped) };
}

// The editor closed: nothing changed, it failed, or the note has a new text, shown at once,
// saved and checked again.
import { readEditedText } from '../note-text.js';
import { checks, only } from './steps.js';
import { currentNote } from './selectors.js';
import type { ReviewAction, ReviewState, ReviewStep } from './types.js';

export function editDone(state: ReviewState, action: Extract<ReviewAction, { type: 'edit-done' }>): ReviewStep {
  const current = currentNote(state);
  const { outcome } = action;
  if (!current || !state.notes) return only(state);
  if (outcome.kind === 'failed') return only({ ...state, status: { kind: 'edit-failed', message: outcome.message } });
  const { subject, body } = outcome.kind === 'edited' ? readEditedText(outcome.text, current.note.subject) : current.note;
  if (subject === current.note.subject && body === current.note.body)
    return only({ ...state, status: { kind: 'edit-unchanged' } });
  const note = { ...current.note, subject, body };
  const notes = state.notes.map((r) => (r === current ? { note, edited: true, findings: null, spellingPending: true } : r));
  return {
    state: { ...state, notes },
    effects: [
      { type: 'save-edit', edit: { kind: note.kind, to: note.to, subject, body, at: action.at } },
      ...checks(notes, [note]),
    ],
  };
}

// The notes the review shows, from the injected session effects: the first notes or the due
// follow-up, each as the user last saw it.
import type { Interview, Note } from '../../model/types.js';
import type { SessionDeps } from '../effects.js';
import { asSent } from '../note-history.js';
import { withEdit } from '../note-text.js';
import type { NotesPurpose } from './types.js';

/**
 * The note as the review shows it: in the review of the first notes, a note already sent as it
 * was sent (answers changed since do not rewrite what went out); else with the user's hand edit.
 */
export function shownNote(composed: Note, interview: Interview, purpose: NotesPurpose): { note: Note; edited: boolean } {
  if (purpose === 'review') {
    const { sentAt, ...sent } = asSent(composed, interview.sent);
    if (sentAt !== null) return { note: sent, edited: false };
  }
  const { edited, ...note } = withEdit(composed, interview.edits);
  return { note, edited };
}

export async function shownNotes(
  deps: Pick<SessionDeps, 'reviewNotes' | 'followUpNotes'>,
  interview: Interview,
  purpose: NotesPurpose,
): Promise<{ note: Note; edited: boolean }[]> {
  const composed = purpose === 'follow-up' ? await deps.followUpNotes(interview) : await deps.reviewNotes(interview);
  return composed.map((note) => shownNote(note, interview, purpose));
}

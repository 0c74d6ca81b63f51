// The notes the review shows, from the injected session effects: the first notes or the due
// follow-up, each as the user last saw it.
import type { Interview, Note } from '../../model/types.js';
import type { SessionDeps } from '../effects.js';
import { asSent } from '../note-history.js';
import { withEdit } from '../note-text.js';
import { lastSent } from './selectors.js';
import type { NotesPurpose, ShownNote } from './types.js';

/**
 * The note as the review shows it: in the review of the first notes, a note already sent as it
 * was sent (answers changed since do not rewrite what went out); else with the user's hand edit.
 * A sent note says when it went out, so that the review keeps it as it is.
 */
export function shownNote(composed: Note, interview: Interview, purpose: NotesPurpose): ShownNote {
  const sentAt = lastSent(interview.sent, composed)?.at;
  const when = sentAt === undefined ? {} : { sentAt };
  if (purpose === 'review') {
    const { sentAt: textSentAt, ...sent } = asSent(composed, interview.sent);
    if (textSentAt !== null) return { note: sent, edited: false, ...when };
  }
  const { edited, ...note } = withEdit(composed, interview.edits);
  return { note, edited, ...when };
}

export async function shownNotes(
  deps: Pick<SessionDeps, 'reviewNotes' | 'followUpNotes'>,
  interview: Interview,
  purpose: NotesPurpose,
): Promise<ShownNote[]> {
  const composed = purpose === 'follow-up' ? await deps.followUpNotes(interview) : await deps.reviewNotes(interview);
  return composed.map((note) => shownNote(note, interview, purpose));
}

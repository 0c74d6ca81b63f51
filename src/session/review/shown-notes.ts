// The notes the review shows, from the injected session effects: the first notes or the due
// follow-up, each as the user last saw it.
import { noAskingFor } from '../../model/contact-schedule.js';
import { todayOf } from '../../model/dates.js';
import type { Interview, IsoDate, Note } from '../../model/types.js';
import type { SessionDeps } from '../effects.js';
import { asSent } from '../note-history.js';
import { withEdit } from '../note-text.js';
import { lastSent } from './selectors.js';
import type { NotesPurpose, ShownNote } from './types.js';

/**
 * The note as the review shows it: in the review of the first notes, a note already sent as it
 * was sent (answers changed since do not rewrite what went out); else with the user's hand edit.
 * A sent note says when it went out, so that the review keeps it as it is; one without an address
 * says why nobody is asked for it `today`, when nobody is, so the review promises no request.
 */
export function shownNote(composed: Note, interview: Interview, purpose: NotesPurpose, today?: IsoDate): ShownNote {
  const sentAt = lastSent(interview.sent, composed)?.at;
  const noAsking = today === undefined || composed.address ? null : noAskingFor(interview, composed, today);
  const when = { ...(sentAt === undefined ? {} : { sentAt }), ...(noAsking === null ? {} : { noAsking }) };
  if (purpose === 'review') {
    const { sentAt: textSentAt, ...sent } = asSent(composed, interview.sent);
    if (textSentAt !== null) return { note: sent, edited: false, ...when };
  }
  const { edited, ...note } = withEdit(composed, interview.edits);
  return { note, edited, ...when };
}

export async function shownNotes(
  deps: Pick<SessionDeps, 'reviewNotes' | 'followUpNotes' | 'now'>,
  interview: Interview,
  purpose: NotesPurpose,
): Promise<ShownNote[]> {
  const composed = purpose === 'follow-up' ? await deps.followUpNotes(interview) : await deps.reviewNotes(interview);
  const today = todayOf(deps.now());
  return composed.map((note) => shownNote(note, interview, purpose, today));
}

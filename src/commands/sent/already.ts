// Whether `sent` would record a note twice. A thank-you, a contact request, a thanks for the
// news and a stay-in-touch note each go to a person once: a second `sent` of one is the same
// note typed again. A follow-up or a voicemail may go again later (the schedule allows two), so
// only one on the same day is the same note.
import { dayOf, FOLLOW_UP_KINDS } from '../../model/sent-log.js';
import type { Interview, IsoDate, NoteKind, SentEntry } from '../../model/types.js';

/** The entry already in the sent log for this note, if any. */
export function alreadySent(interview: Interview, kind: NoteKind, to: string, day: IsoDate): SentEntry | undefined {
  const repeatable = FOLLOW_UP_KINDS.includes(kind);
  return interview.sent.find((entry) => entry.kind === kind && entry.to === to && (!repeatable || dayOf(entry.at) === day));
}

// A note recorded as sent is the record of what went out (the review refuses to edit one for
// that reason), so regen shows it as it went: the text the sent log kept, and when the log kept
// none (a note recorded with `followup-coach sent`), the note as it stood that day, without the
// hand edits made after it. Each such note is named on stderr with the day it was sent.
import { isSpoken } from '../../model/spoken.js';
import { type DateStyle, formatDay } from '../../model/dates.js';
import { dayOf, entriesFor, followsSent } from '../../model/sent-log.js';
import type { Interview, IsoDate, Note, SentEntry } from '../../model/types.js';
import { asSent } from '../../session/note-history.js';
import { messages } from './messages.js';

type Sendable = Pick<Note, 'kind' | 'to' | 'follows'>;

/** The last time this note went (a second follow-up is not the first one sent again). */
function lastSending(interview: Interview, note: Sendable): SentEntry | undefined {
  return entriesFor(interview.sent, note).reduce<SentEntry | undefined>(
    (last, entry) => (last && Date.parse(last.at) >= Date.parse(entry.at) ? last : entry),
    undefined,
  );
}

/**
 * The interview without the hand edits made after their note was last sent: compose from this.
 * An edit of a second follow-up, made after the first went out, is of a note not sent yet.
 */
export function withoutLaterEdits(interview: Interview, today: IsoDate | null): Interview {
  const edits = interview.edits ?? [];
  const kept = edits.filter((edit) => {
    const sent = lastSending(interview, { ...edit, follows: followsSent(interview, edit.kind, edit.to, today) });
    return sent === undefined || Date.parse(edit.at) <= Date.parse(sent.at);
  });
  return kept.length === edits.length ? interview : { ...interview, edits: kept };
}

/** The notes (composed from `withoutLaterEdits`) with the text that went out, where the log kept it. */
export function asRecorded(notes: readonly Note[], interview: Interview): Note[] {
  return notes.map((note) => {
    const { sentAt, ...shown } = asSent(note, interview.sent);
    return sentAt === null ? note : shown;
  });
}

/** One line for each of `notes` already sent: the day, and whether its text is the one kept. */
export function sentLines(notes: readonly Note[], interview: Interview, style: DateStyle): string[] {
  return notes.flatMap((note) => {
    const sent = lastSending(interview, note);
    if (sent === undefined) return [];
    const day = formatDay(dayOf(sent.at), style);
    const kept = entriesFor(interview.sent, note).some((entry) => entry.body !== undefined);
    return [
      kept
        ? messages.sentAsSent(note.kind, isSpoken(note), note.to, day)
        : messages.sentNoText(note.kind, isSpoken(note), note.to, day),
    ];
  });
}

// Reading the sent log: who has had which note, and on which day.
import { addDays, todayOf } from './dates.js';
import type { Interview, IsoDate, IsoDateTime, NoteKind, SentEntry } from './types.js';

/** The user's calendar day of a recorded instant. */
export function dayOf(at: IsoDateTime): IsoDate {
  return todayOf(new Date(at));
}

/** The days `kinds` notes went to `name`, oldest first. */
export function daysSent(interview: Interview, name: string, kinds: readonly NoteKind[]): IsoDate[] {
  return interview.sent
    .filter((entry) => entry.to === name && kinds.includes(entry.kind))
    .map((entry) => dayOf(entry.at))
    .sort();
}

export function latest(days: readonly (IsoDate | undefined)[]): IsoDate | undefined {
  return days.reduce<IsoDate | undefined>(
    (max, day) => (day !== undefined && (max === undefined || day > max) ? day : max),
    undefined,
  );
}

export const FOLLOW_UP_KINDS: readonly NoteKind[] = ['follow-up', 'voicemail'];

/** Days after a first follow-up before the second is the note to write (the ladder's 10 to 14). */
export const SECOND_FOLLOW_UP_AFTER_DAYS = 10;

/**
 * The instant of the earlier note that a follow-up of `kind` to `name` written `today` comes
 * after, or undefined when it is the first one or the one on record. Once a first follow-up (an
 * e-mail, or a follow-up call) went out and its ten days have passed with no second, the note of
 * that kind is the second: a new note, not the sent one. Until then the sent one stays the note
 * on screen, and after the second there is no third.
 */
export function followsSent(interview: Interview, kind: NoteKind, name: string, today: IsoDate | null): IsoDateTime | undefined {
  if (today === null || interview.status !== 'waiting' || !FOLLOW_UP_KINDS.includes(kind)) return undefined;
  const all = interview.sent.filter((entry) => entry.to === name && FOLLOW_UP_KINDS.includes(entry.kind));
  const own = all.filter((entry) => entry.kind === kind);
  if (all.length !== 1 || own.length !== 1) return undefined;
  const first = own[0]!;
  return addDays(dayOf(first.at), SECOND_FOLLOW_UP_AFTER_DAYS) <= today ? first.at : undefined;
}

/**
 * The sent-log entries that stand for `note`: its kind to its person, after the earlier note it
 * follows (a second follow-up is not the first one sent again).
 */
export function entriesFor<T extends Pick<SentEntry, 'kind' | 'to' | 'at'>>(
  sent: readonly T[],
  note: { readonly kind: NoteKind; readonly to: string; readonly follows?: IsoDateTime | undefined },
): T[] {
  const after = note.follows === undefined ? null : Date.parse(note.follows);
  return sent.filter(
    (entry) => entry.kind === note.kind && entry.to === note.to && (after === null || Date.parse(entry.at) > after),
  );
}

// Reading the sent log: who has had which note, and on which day.
import { todayOf } from './dates.js';
import type { Interview, IsoDate, IsoDateTime, NoteKind } from './types.js';

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

// Recording news about an interview, pure: an outcome (with the day and who told), or a note
// that went out without the tool. Shared by `status`, `sent` and the session's home.
import type { Interview, IsoDate, NoteKind, SentEntry, Status } from './types.js';

export function withOutcome(interview: Interview, status: Status, day: IsoDate, toldBy: string | undefined): Interview {
  if (status === 'waiting') return { ...interview, status, statusOn: undefined, toldBy: undefined };
  // The same outcome again without a name keeps the one already recorded.
  const keptName = interview.status === status ? interview.toldBy : undefined;
  return { ...interview, status, statusOn: day, toldBy: toldBy ?? keptName };
}

/** How a note recorded by hand is marked in the sent log. */
export const SENT_OUTSIDE = 'outside';

export function sentOutside(kind: NoteKind, to: string, at: string): SentEntry {
  return { kind, to, at, method: SENT_OUTSIDE };
}

/** Who can have told the outcome: the interviewers and the recruiter, by their saved names. */
export function tellers(interview: Interview): string[] {
  return [...interview.interviewers.map((person) => person.name), ...(interview.recruiter ? [interview.recruiter.name] : [])];
}

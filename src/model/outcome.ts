// Recording news about an interview, pure: an outcome (with the day and who told), or a note
// that went out without the tool. Shared by `status`, `sent` and the session's home.
import { foldName } from '../compose/words.js';
import { dayOf } from './sent-log.js';
import type { Interview, IsoDate, NoteKind, Recruiter, SentEntry, Status } from './types.js';

export function withOutcome(interview: Interview, status: Status, day: IsoDate, toldBy: string | undefined): Interview {
  if (status === 'waiting') return { ...interview, status, statusOn: undefined, toldBy: undefined };
  // The same outcome again without a name keeps the one already recorded.
  const keptName = interview.status === status ? interview.toldBy : undefined;
  return { ...interview, status, statusOn: day, toldBy: toldBy ?? keptName };
}

/**
 * The interview as it stood at the end of `today`: an outcome told later is not known yet (it is
 * still waiting), and a note sent later has not gone yet. What `check --now` says about an earlier
 * day then cites nothing from after it.
 */
export function asOf(interview: Interview, today: IsoDate): Interview {
  const told = interview.statusOn === undefined || interview.statusOn <= today;
  const sent = interview.sent.filter((entry) => dayOf(entry.at) <= today);
  if (told && sent.length === interview.sent.length) return interview;
  const outcome = told ? {} : { status: 'waiting' as const, statusOn: undefined, toldBy: undefined };
  return { ...interview, ...outcome, sent };
}

/**
 * Whether an outcome rules out notes of `kind`: after an offer, nothing that asks to be
 * considered (stay-in-touch, the note after a no), chases an answer (follow-up, the call) or
 * asks for addresses to do so. The thank-you stays, to read again or to send late.
 */
export function ruledOutBy(status: Status, kind: NoteKind): boolean {
  return status === 'offer' && kind !== 'thank-you';
}

/**
 * The recruiter who told the candidate of a no without having sat on the panel (an agency
 * recruiter, say, whom the thanks went through), or null. No interviewer's note after a no is
 * theirs, so they get a short reply of their own: thanks for the news and the help, and keeping
 * in touch (templates/partials/not-selected-teller.hbs). A teller who interviewed you is thanked
 * in their own note after the decision, as every interviewer is.
 */
export function tellerOffPanel(interview: Interview): Recruiter | null {
  const { recruiter, toldBy } = interview;
  if (interview.status !== 'not-selected' || toldBy === undefined || recruiter === undefined) return null;
  const teller = foldName(toldBy);
  if (foldName(recruiter.name) !== teller) return null;
  return interview.interviewers.some((person) => foldName(person.name) === teller) ? null : recruiter;
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

/**
 * The saved interview's news that answers cannot hold, kept when the guided session saves its
 * answers over it: the outcome (the session asks only "not selected?"), when and who told it,
 * the round, and the candidate's cover letter and link (not asked there).
 */
export function carryOver(saved: Interview, answered: Interview): Interview {
  const decided = saved.status === 'offer' || saved.status === 'closed';
  const status = answered.status === 'waiting' && decided ? saved.status : answered.status;
  const sameOutcome = status === saved.status;
  return {
    ...answered,
    status,
    statusOn: sameOutcome ? saved.statusOn : undefined,
    toldBy: sameOutcome ? saved.toldBy : undefined,
    round: saved.round,
    candidate: keepCandidateExtras(saved.candidate, answered.candidate),
  };
}

/** The cover letter and link of `saved`, when `answered` (from the session's questions) has none. */
export function keepCandidateExtras<T extends Interview['candidate']>(
  saved: Interview['candidate'] | null | undefined,
  answered: T,
): T {
  return {
    ...answered,
    coverLetter: answered.coverLetter ?? saved?.coverLetter,
    link: answered.link ?? saved?.link,
  };
}

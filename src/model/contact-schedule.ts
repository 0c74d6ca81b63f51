// When the contact request is due, and what happens to the thank-you it was for once that moment
// has passed. The request asks for an address so that a thank-you can go within its 24 hours; it
// goes with the thank-you notes, and is off once it is on record or once a thank-you would be late
// (the day the `late-thank-you` rule starts: two calendar days after the interview). Past that day
// nobody is chased for the address any more, and the person without one drops out of the
// thank-yous due; their later notes stay, marked as having no address yet.
import { type AddressNeed, missingAddressIn, whoToAsk } from './address.js';
import { addDays } from './dates.js';
import { scheduleMessages as m } from './schedule-messages.js';
import { daysSent } from './sent-log.js';
import type { Interview, Interviewer, IsoDate, Note } from './types.js';

export type ContactRequestState = 'due' | 'asked' | 'lapsed' | 'none';

/** The last day the thank-yous are on time: the day after the interview (24 hours, by the day). */
export const thankYouDueBy = (interview: Interview): IsoDate => addDays(interview.date, 1);

/** Whether a thank-you written `today` would be late, as the `late-thank-you` rule says it. */
export const thankYouLate = (interview: Interview, today: IsoDate): boolean => today > thankYouDueBy(interview);

const unthanked = (interview: Interview, person: Interviewer) => daysSent(interview, person.name, ['thank-you']).length === 0;

/** Those still owed a thank-you who have no address for it, with what each lacks. */
export function unthankedWithoutAddress(interview: Interview): { readonly person: Interviewer; readonly needs: AddressNeed }[] {
  return interview.interviewers.flatMap((person) => {
    const needs = unthanked(interview, person) ? missingAddressIn(interview, person) : null;
    return needs === null ? [] : [{ person, needs }];
  });
}

/**
 * Whether `person` is past their thank-you: none on record, no address to send it to, and the
 * day a thank-you is on time has gone. Their follow-up then waits on no thank-you.
 */
export function thankYouLapsed(interview: Interview, person: Interviewer, today: IsoDate): boolean {
  return thankYouLate(interview, today) && unthanked(interview, person) && missingAddressIn(interview, person) !== null;
}

/** The contact request's state `today`: due, on record, past its moment, or not needed at all. */
export function contactRequestState(interview: Interview, today: IsoDate): ContactRequestState {
  const askee = whoToAsk(interview);
  if (askee === null || unthankedWithoutAddress(interview).length === 0) return 'none';
  if (daysSent(interview, askee.name, ['contact-request']).length > 0) return 'asked';
  return thankYouLate(interview, today) ? 'lapsed' : 'due';
}

/**
 * The line that says why the thank-yous of those without an address are no longer due, `today`,
 * or null when nobody's are off. It names whom the request would have asked, if anyone.
 */
export function lapsedAddressLine(interview: Interview, today: IsoDate): string | null {
  if (!thankYouLate(interview, today)) return null;
  const missing = unthankedWithoutAddress(interview);
  if (missing.length === 0) return null;
  const state = contactRequestState(interview, today);
  return m.addressLapsed(
    missing.map(({ person }) => person.name),
    missing.map(({ needs }) => needs),
    state === 'lapsed' ? (whoToAsk(interview)?.name ?? null) : null,
    state === 'asked',
    interview.id,
  );
}

/** `notes` without a contact request past its day (one on record stays: it went out). */
export function withoutLapsedRequest<T extends Pick<Note, 'kind'>>(
  notes: readonly T[],
  interview: Interview,
  today: IsoDate,
): T[] {
  const lapsed = contactRequestState(interview, today) === 'lapsed';
  return notes.filter((note) => !(lapsed && note.kind === 'contact-request'));
}

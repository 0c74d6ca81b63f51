// When the contact request is due, and what happens to the thank-you it was for once that moment
// has passed. The request asks for an address so that a thank-you can go within its 24 hours; it
// goes with the thank-you notes, and is off once it is on record or once a thank-you would be late
// (the day the `late-thank-you` rule starts: two calendar days after the interview). Past that day
// nobody is chased for the address any more, and the person without one drops out of the
// thank-yous due; their later notes stay, marked as having no address yet.
// When the person to ask sat on the panel (the recruiter who interviewed you too, or the
// interviewer asked), the request is no note of its own: one sentence in their thank-you asks for
// the addresses, since two notes to one person on one day, one of them thanking her "for your
// help with my interview" as if she had not been in the room, read as a form.
import { foldName } from '../compose/words.js';
import { type AddressNeed, missingAddressIn, whoToAsk } from './address.js';
import { answerMedium } from './answer-medium.js';
import { addDays } from './dates.js';
import { scheduleMessages as m } from './schedule-messages.js';
import { daysSent } from './sent-log.js';
import type { Interview, Interviewer, IsoDate, Note } from './types.js';
import { goesVia } from './via.js';

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
 * Days past its day after which a thank-you never sent is no longer asked for: by then the
 * follow-up, which opens by thanking them for the meeting, is the note that goes.
 */
export const THANK_YOU_STALE_AFTER_DAYS = 14;

/**
 * Whether `person`'s thank-you, never sent, is more than two weeks past its day: "send it today"
 * would then be poor advice, and the schedule moves on to the follow-up.
 */
export function thankYouStale(interview: Interview, person: Interviewer, today: IsoDate): boolean {
  return unthanked(interview, person) && today > addDays(thankYouDueBy(interview), THANK_YOU_STALE_AFTER_DAYS);
}

/** The people whose thank-you is past asking for (thankYouStale), as the schedule says it, or null. */
export function staleThanksLine(interview: Interview, today: IsoDate): string | null {
  const stale = interview.interviewers.filter(
    (person) => thankYouStale(interview, person, today) && !thankYouLapsed(interview, person, today),
  );
  return stale.length === 0 ? null : m.thanksStale(stale.map((person) => person.name));
}

/**
 * Whether `person` is past their thank-you: none on record, no address to send it to, and the
 * day a thank-you is on time has gone. Their follow-up then waits on no thank-you.
 */
export function thankYouLapsed(interview: Interview, person: Interviewer, today: IsoDate): boolean {
  return thankYouLate(interview, today) && unthanked(interview, person) && missingAddressIn(interview, person) !== null;
}

/**
 * The interviewer whose own thank-you carries the request for the missing addresses, or null when
 * the request is a note of its own. They are the person to ask, they sat on the panel, their
 * thank-you is an e-mail straight to them (not a call, not through someone else), and no request
 * of its own is on record for them already (one that went keeps being that note).
 */
export function askedInThankYou(interview: Interview): Interviewer | null {
  const askee = whoToAsk(interview);
  if (askee === null || daysSent(interview, askee.name, ['contact-request']).length > 0) return null;
  const folded = foldName(askee.name);
  const person = interview.interviewers.find((each) => foldName(each.name) === folded);
  if (person === undefined || answerMedium(person) !== 'email' || !person.email?.trim()) return null;
  return goesVia(interview, person, 'thank-you') ? null : person;
}

/** The contact request's state `today`: due, on record, past its moment, or not needed at all. */
export function contactRequestState(interview: Interview, today: IsoDate | null): ContactRequestState {
  const askee = whoToAsk(interview);
  if (askee === null || unthankedWithoutAddress(interview).length === 0) return 'none';
  if (daysSent(interview, askee.name, ['contact-request']).length > 0) return 'asked';
  // Folded into a thank-you, the request went with it.
  const inThankYou = askedInThankYou(interview);
  if (inThankYou !== null && !unthanked(interview, inThankYou)) return 'asked';
  return today !== null && thankYouLate(interview, today) ? 'lapsed' : 'due';
}

/**
 * What the thank-you to `name` asks for besides its thanks: the people whose addresses are
 * missing, with what each lacks, while the request is due or once it went with that thank-you.
 * Empty for everyone else, and once the request is past its day. `today` null (a caller that does
 * not know the day) reads the request as due.
 */
export function thankYouAsksFor(
  interview: Interview,
  name: string,
  today: IsoDate | null,
): { readonly person: Interviewer; readonly needs: AddressNeed }[] {
  const inThankYou = askedInThankYou(interview);
  if (inThankYou === null || inThankYou.name !== name) return [];
  const state = contactRequestState(interview, today);
  return state === 'due' || state === 'asked' ? unthankedWithoutAddress(interview) : [];
}

/** Who is asked for a missing address, and whether in their own thank-you rather than a request of its own. */
export interface AddressAsk {
  readonly name: string;
  readonly inThankYou: boolean;
  /**
   * The note without an address is the request itself: it goes to the one it asks (a recruiter
   * given no e-mail), who cannot be asked for their own address by it.
   */
  readonly ownAddress?: true | undefined;
}

/** `help` for the note `note`: marked `ownAddress` when the note is the request to the one it asks. */
export function helpForNote(help: AddressHelp, note: Pick<Note, 'kind' | 'to'>): AddressHelp {
  if (help === null || typeof help !== 'object' || help.inThankYou) return help;
  return note.kind === 'contact-request' && help.name === note.to ? { ...help, ownAddress: true } : help;
}

/**
 * Why nobody is asked for the missing address of a note: after the decision the coach asks no
 * favour (scheduleMessages.unreachableAfterNo), and past its day a thank-you is not worth the
 * asking (lapsedAddressLine). Null while asking for it still fits.
 */
export type NoAsking = 'after-decision' | 'too-late';

/** Who can help with a missing address: the one the notes ask, nobody known (null), or why nobody is asked. */
export type AddressHelp = AddressAsk | NoAsking | null;

export function noAskingFor(interview: Interview, note: Pick<Note, 'kind' | 'to'>, today: IsoDate): NoAsking | null {
  if (interview.status !== 'waiting') return 'after-decision';
  const person = interview.interviewers.find((each) => each.name === note.to);
  return note.kind === 'thank-you' && person !== undefined && thankYouLapsed(interview, person, today) ? 'too-late' : null;
}

/** Whom the request asks `today`, while it is due (not once sent or past its day), or null. */
export function addressAskNow(interview: Interview, today: IsoDate): AddressAsk | null {
  if (contactRequestState(interview, today) !== 'due') return null;
  const inThankYou = askedInThankYou(interview);
  if (inThankYou !== null) return { name: inThankYou.name, inThankYou: true };
  const asked = whoToAsk(interview);
  return asked === null ? null : { name: asked.name, inThankYou: false };
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

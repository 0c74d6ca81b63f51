// When a follow-up may go, by the ladder in the etiquette notes: after a given decision date has
// passed (then 1 to 2 business days later), or 5 to 7 business days after the thank-you when
// none was given; the second follow-up 10 to 14 days after the first; then stop.
import {
  type BusinessCalendar,
  type DateStyle,
  addBusinessDays,
  addDays,
  formatDay,
  holidayOn,
  isWeekend,
  nextBusinessDay,
} from './dates.js';
import { thankYouDueBy, thankYouLapsed, thankYouStale } from './contact-schedule.js';
import { scheduleMessages as m } from './schedule-messages.js';
import { FOLLOW_UP_KINDS, SECOND_FOLLOW_UP_AFTER_DAYS, daysSent, latest } from './sent-log.js';
import type { Interview, Interviewer, IsoDate, NoteKind } from './types.js';

export interface FollowUpWindow {
  readonly notBefore: IsoDate;
  readonly recommended: IsoDate;
  readonly by: IsoDate;
  readonly why: string;
}

const max = (a: IsoDate, b: IsoDate) => (a > b ? a : b);

/** The public holidays on weekdays after `from` up to `to`, said so that a later date makes sense. */
function holidaysUpTo(from: IsoDate, to: IsoDate, calendar: BusinessCalendar, style: DateStyle): string {
  const days: { day: string; name: string }[] = [];
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) {
    const name = holidayOn(day, calendar);
    if (name !== undefined && !isWeekend(day, calendar)) days.push({ day: formatDay(day, style), name });
  }
  return m.holidays(days);
}

/**
 * The day each person's thank-you went, or, when none is recorded, the day it is due: by the day
 * after the interview, and once that has passed, today (a late thank-you still goes first), unless
 * there is no address to send it to: then none is coming (src/model/contact-schedule.ts).
 */
function thankYouDay(interview: Interview, person: Interviewer, today: IsoDate | undefined): IsoDate {
  const due = thankYouDueBy(interview);
  const sent = latest(daysSent(interview, person.name, ['thank-you']));
  if (sent !== undefined) return sent;
  if (today === undefined || thankYouLapsed(interview, person, today) || thankYouStale(interview, person, today)) return due;
  return max(due, today);
}

/** Whether someone in `people` has no thank-you on record yet. */
const unthanked = (interview: Interview, people: readonly Interviewer[]) =>
  people.some((person) => daysSent(interview, person.name, ['thank-you']).length === 0);

type Days = Omit<FollowUpWindow, 'why'>;

/** The first follow-up's days, and the days its words count from. */
function firstDays(interview: Interview, people: readonly Interviewer[], calendar: BusinessCalendar, today?: IsoDate) {
  const from = latest(people.map((person) => thankYouDay(interview, person, today))) ?? addDays(interview.date, 1);
  const decision = interview.timeframe?.date ?? null;
  if (decision === null) {
    const notBefore = addBusinessDays(from, 5, calendar);
    return { from, decision, notBefore, recommended: notBefore, by: addBusinessDays(from, 7, calendar) };
  }
  // Once the decision date has passed, on the first business day after it (a Saturday is no day
  // to be told to write), and never before the day after the thank-you itself.
  const notBefore = max(addBusinessDays(decision, 1, calendar), nextBusinessDay(addDays(from, 1), calendar));
  return { from, decision, notBefore, recommended: notBefore, by: max(addBusinessDays(decision, 2, calendar), notBefore) };
}

/**
 * The first follow-up's window. `today` matters only while a thank-you is still to go: the
 * follow-up (an e-mail, or a call) then comes a business day after it at the soonest, never on
 * the same day as a late thank-you.
 */
export function firstFollowUp(
  interview: Interview,
  people: readonly Interviewer[],
  calendar: BusinessCalendar,
  style: DateStyle,
  today?: IsoDate,
): FollowUpWindow {
  const { from, decision, ...days } = firstDays(interview, people, calendar, today);
  const { notBefore, recommended, by } = days;
  const day = (date: IsoDate) => formatDay(date, style);
  if (decision === null) {
    const window = m.window(day(notBefore), day(by));
    const words = interview.timeframe?.text;
    const why =
      (words === undefined
        ? m.noTimeframe(day(from), day(notBefore), window)
        : m.unreadTimeframe(words, day(from), day(notBefore), window)) + holidaysUpTo(from, by, calendar, style);
    return { ...days, why };
  }
  const held = unthanked(interview, people) && notBefore > addBusinessDays(decision, 1, calendar);
  const why =
    m.afterTimeframe(interview.timeframe?.text ?? '', day(decision), day(notBefore), m.window(day(recommended), day(by))) +
    (held ? m.afterThankYou : '') +
    holidaysUpTo(decision, by, calendar, style);
  return { ...days, why };
}

function secondDays(lastFollowUp: IsoDate, calendar: BusinessCalendar): Days {
  // Days 10 to 14 always hold a business day, so the window never opens on a weekend; a last
  // day that falls on a day off (28 December 2026, the Boxing Day substitute in England) moves to
  // the next business day, as nobody reads mail that day.
  const notBefore = nextBusinessDay(addDays(lastFollowUp, SECOND_FOLLOW_UP_AFTER_DAYS), calendar);
  return { notBefore, recommended: notBefore, by: nextBusinessDay(addDays(lastFollowUp, 14), calendar) };
}

export function secondFollowUp(lastFollowUp: IsoDate, calendar: BusinessCalendar, style: DateStyle): FollowUpWindow {
  const days = secondDays(lastFollowUp, calendar);
  const day = (date: IsoDate) => formatDay(date, style);
  const why =
    m.secondFollowUp(day(lastFollowUp), day(days.notBefore), day(days.by)) +
    holidaysUpTo(addDays(lastFollowUp, 9), days.by, calendar, style);
  return { ...days, why };
}

/** How many follow-ups (notes or calls) `person` has had, and the day of the last one. */
export function followUpsTo(interview: Interview, person: Interviewer): { readonly count: number; readonly last?: IsoDate } {
  const days = daysSent(interview, person.name, FOLLOW_UP_KINDS);
  const last = days.at(-1);
  return last === undefined ? { count: 0 } : { count: days.length, last };
}

/**
 * The window of the next follow-up to `person`, from their own thank-you and follow-ups only: a
 * call to one interviewer starts nobody else's wait. Null once they have had two (then stop).
 */
export function followUpWindowFor(
  interview: Interview,
  person: Interviewer,
  calendar: BusinessCalendar,
  style: DateStyle,
  today?: IsoDate,
): FollowUpWindow | null {
  const { count, last } = followUpsTo(interview, person);
  if (count === 0) return firstFollowUp(interview, [person], calendar, style, today);
  return count === 1 && last !== undefined ? secondFollowUp(last, calendar, style) : null;
}

/**
 * What the next follow-up to someone waits for: the decision date they gave, their thank-you (a
 * business day after it at the soonest; still to send, it goes first), the days after it when no
 * date was given, or the days after the last follow-up. `since` is the day counted from.
 */
export interface FollowUpHold {
  readonly notBefore: IsoDate;
  readonly waitsFor: 'decision' | 'thank-you' | 'unsent-thank-you' | 'days-after-thank-you' | 'last-follow-up';
  readonly since: IsoDate;
}

/** The hold on the next follow-up to `person`; the same days as their window in the schedule. */
export function followUpHoldFor(
  interview: Interview,
  person: Interviewer,
  calendar: BusinessCalendar,
  today?: IsoDate,
): FollowUpHold {
  const { last } = followUpsTo(interview, person);
  if (last !== undefined) return { notBefore: secondDays(last, calendar).notBefore, waitsFor: 'last-follow-up', since: last };
  const { from, decision, notBefore } = firstDays(interview, [person], calendar, today);
  if (decision === null) return { notBefore, waitsFor: 'days-after-thank-you', since: from };
  const afterDecision = notBefore === addBusinessDays(decision, 1, calendar);
  if (afterDecision) return { notBefore, waitsFor: 'decision', since: decision };
  const sent = daysSent(interview, person.name, ['thank-you']).length > 0;
  return { notBefore, waitsFor: sent ? 'thank-you' : 'unsent-thank-you', since: from };
}

/**
 * The earliest day a follow-up may go to anyone in the interview: for a note whose recipient is
 * not known, so that no one's wait holds back a note to someone whose wait is over.
 */
export function followUpNotBefore(interview: Interview, calendar: BusinessCalendar, today?: IsoDate): IsoDate {
  // ISO days sort in calendar order (an interview has at least one interviewer).
  return interview.interviewers.map((person) => followUpHoldFor(interview, person, calendar, today).notBefore).sort()[0]!;
}

/**
 * Whether a note of `kind` is a follow-up, held back until the decision date: the e-mail, and the
 * call that stands for it with someone who reached you by phone. After a no, the call is thanks.
 */
export function isFollowUp(interview: Interview, kind: NoteKind | undefined): boolean {
  return kind === 'follow-up' || (kind === 'voicemail' && interview.status !== 'not-selected');
}

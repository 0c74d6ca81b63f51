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
import { scheduleMessages as m } from './schedule-messages.js';
import { FOLLOW_UP_KINDS, daysSent, latest } from './sent-log.js';
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
 * after the interview, and once that has passed, today (a late thank-you still goes first).
 */
function thankYouDay(interview: Interview, person: Interviewer, today: IsoDate | undefined): IsoDate {
  const due = addDays(interview.date, 1);
  return latest(daysSent(interview, person.name, ['thank-you'])) ?? (today === undefined ? due : max(due, today));
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
  // Days 10 to 14 always hold a business day, so the window never opens on a weekend.
  const notBefore = nextBusinessDay(addDays(lastFollowUp, 10), calendar);
  return { notBefore, recommended: notBefore, by: addDays(lastFollowUp, 14) };
}

export function secondFollowUp(lastFollowUp: IsoDate, calendar: BusinessCalendar, style: DateStyle): FollowUpWindow {
  const days = secondDays(lastFollowUp, calendar);
  const day = (date: IsoDate) => formatDay(date, style);
  const why =
    m.secondFollowUp(day(lastFollowUp), day(days.notBefore), day(days.by)) +
    holidaysUpTo(addDays(lastFollowUp, 9), days.notBefore, calendar, style);
  return { ...days, why };
}

/** How many follow-ups (notes or calls) `person` has had, and the day of the last one. */
export function followUpsTo(interview: Interview, person: Interviewer): { readonly count: number; readonly last?: IsoDate } {
  const days = daysSent(interview, person.name, FOLLOW_UP_KINDS);
  const last = days.at(-1);
  return last === undefined ? { count: 0 } : { count: days.length, last };
}

/** The earliest day the next follow-up may go, for the interview as a whole. */
export function followUpNotBefore(interview: Interview, calendar: BusinessCalendar): IsoDate {
  const rounds = interview.interviewers.map((person) => followUpsTo(interview, person));
  const last = latest(rounds.map((round) => round.last));
  return last === undefined
    ? firstDays(interview, interview.interviewers, calendar).notBefore
    : secondDays(last, calendar).notBefore;
}

/**
 * Whether a note of `kind` is a follow-up, held back until the decision date: the e-mail, and the
 * call that stands for it with someone who reached you by phone. After a no, the call is thanks.
 */
export function isFollowUp(interview: Interview, kind: NoteKind | undefined): boolean {
  return kind === 'follow-up' || (kind === 'voicemail' && interview.status !== 'not-selected');
}

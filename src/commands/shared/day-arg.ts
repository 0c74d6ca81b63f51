// `--on DATE` of `status` and `sent`: a day that has passed, and the instant recorded for it.
import { UsageError } from '../../cli/errors.js';
import { type DateStyle, formatDay, parseIsoDate, todayOf } from '../../model/dates.js';
import { parseInterviewDate } from '../../model/interview-date.js';
import type { Interview, IsoDate } from '../../model/types.js';
import { sharedMessages as m } from './messages.js';

/** The day `--on` names (today when absent); never in the future, never before the interview. */
export function parseDay(typed: string | undefined, interview: Interview, now: Date, style: DateStyle, flag = '--on'): IsoDate {
  if (typed === undefined) return todayOf(now);
  const day = parseInterviewDate(typed, now);
  // "2026-13-01" has the shape of a date but is none: say so, not that it has yet to pass.
  if (day === null && /^\s*\d{4}-\d{2}-\d{2}\s*$/.test(typed) && parseIsoDate(typed.trim()) === null)
    throw new UsageError(m.notARealDay(flag, typed.trim()), m.badDayTry(flag));
  if (day === null) throw new UsageError(m.badDay(flag, typed), m.badDayTry(flag));
  if (day < interview.date)
    throw new UsageError(m.beforeInterview(flag, formatDay(day, style), formatDay(interview.date, style)), m.badDayTry(flag));
  return day;
}

/** The instant recorded for a day: now when it is today, else noon of that day. */
export function instantOf(day: IsoDate, now: Date): string {
  return day === todayOf(now) ? now.toISOString() : new Date(`${day}T12:00:00`).toISOString();
}

// `--on DATE` of `status` and `sent`: a day that has passed, and the instant recorded for it.
import { UsageError } from '../../cli/errors.js';
import { type DateStyle, formatDay, todayOf } from '../../model/dates.js';
import { namesDayAhead, parseInterviewDate } from '../../model/interview-date.js';
import type { Interview, IsoDate } from '../../model/types.js';
import { sharedMessages as m } from './messages.js';

/** The day `--on` names (today when absent); never in the future, never before the interview. */
export function parseDay(typed: string | undefined, interview: Interview, now: Date, style: DateStyle, flag = '--on'): IsoDate {
  if (typed === undefined) return todayOf(now);
  const day = parseInterviewDate(typed, now);
  if (day === null) throw new UsageError(whyNoDay(typed, now, flag), m.badDayTry(flag));
  if (day < interview.date)
    throw new UsageError(m.beforeInterview(flag, formatDay(day, style), formatDay(interview.date, style)), m.badDayTry(flag));
  return day;
}

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
/**
 * Text with the shape of a day: 2026-02-31, 31/02, 02/31/2026, 31.02, "30 Feb", "Feb 30th".
 * Such text that names no day is a date that does not exist, not one still to come.
 */
const DATE_SHAPES = [
  /^\d{4}-\d{1,2}-\d{1,2}$/,
  /^\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?$/,
  new RegExp(`^\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+\\d{4})?$`),
  new RegExp(`^${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?$`),
];

/** Why `typed` names no usable day: a day still ahead, a date that does not exist, or words it cannot read. */
function whyNoDay(typed: string, now: Date, flag: string): string {
  if (namesDayAhead(typed, now)) return m.badDay(flag, typed);
  const text = typed.trim().toLowerCase().replace(/\s+/g, ' ');
  if (DATE_SHAPES.some((shape) => shape.test(text))) return m.notARealDay(flag, typed.trim());
  return m.unreadableDay(flag, typed);
}

/** The instant recorded for a day: now when it is today, else noon of that day. */
export function instantOf(day: IsoDate, now: Date): string {
  return day === todayOf(now) ? now.toISOString() : new Date(`${day}T12:00:00`).toISOString();
}

// Calendar-day arithmetic on `YYYY-MM-DD` strings. Interviews and decisions happen on days, so
// the math runs in UTC where no day is 23 or 25 hours long; only `todayOf` looks at the local
// clock, because "today" is the user's today.
import type { IsoDate } from './types.js';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** The date if `text` is a real calendar date in `YYYY-MM-DD` form (no 2026-02-30), else null. */
export function parseIsoDate(text: string): IsoDate | null {
  const match = ISO.exec(text.trim());
  if (!match) return null;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const at = new Date(Date.UTC(y, m - 1, d));
  if (at.getUTCFullYear() !== y || at.getUTCMonth() !== m - 1 || at.getUTCDate() !== d) return null;
  return text.trim();
}

function toUtc(date: IsoDate): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

function fromUtc(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The user's local calendar day at `now`. */
export function todayOf(now: Date): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtc(toUtc(date) + days * DAY_MS);
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(date: IsoDate): number {
  return new Date(toUtc(date)).getUTCDay();
}

/**
 * Which days are business days: the days off every week and the public holidays of the user's
 * country (src/model/holidays.ts reads them). Passed to every business-day count, so the model
 * stays pure and a test states the calendar it means.
 */
export interface BusinessCalendar {
  /** The weekly days off, 0 = Sunday ... 6 = Saturday. */
  readonly weekend: readonly number[];
  /** Each public holiday and its name ("Thanksgiving Day"). */
  readonly holidays: Readonly<Record<IsoDate, string>>;
}

/** Saturday and Sunday off, no public holidays: the calendar of a `C` locale. */
export const WEEKENDS_ONLY: BusinessCalendar = { weekend: [0, 6], holidays: {} };

/** The public holiday on `date` ("Thanksgiving Day"), if the calendar has one. */
export function holidayOn(date: IsoDate, calendar: BusinessCalendar): string | undefined {
  return Object.hasOwn(calendar.holidays, date) ? calendar.holidays[date] : undefined;
}

export function isWeekend(date: IsoDate, calendar: BusinessCalendar): boolean {
  return calendar.weekend.includes(weekdayOf(date));
}

export function isBusinessDay(date: IsoDate, calendar: BusinessCalendar): boolean {
  return !isWeekend(date, calendar) && holidayOn(date, calendar) === undefined;
}

/** Moves `days` business days forward (or back, when negative), skipping weekends and public holidays. */
export function addBusinessDays(date: IsoDate, days: number, calendar: BusinessCalendar): IsoDate {
  const step = days < 0 ? -1 : 1;
  let left = Math.abs(days);
  let current = date;
  while (left > 0) {
    current = addDays(current, step);
    if (isBusinessDay(current, calendar)) left -= 1;
  }
  return current;
}

/** The first business day on or after `date`. */
export function nextBusinessDay(date: IsoDate, calendar: BusinessCalendar): IsoDate {
  let current = date;
  while (!isBusinessDay(current, calendar)) current = addDays(current, 1);
  return current;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export { type DateStyle, US_WITH_YEARS, formatDay, proseDay } from './day-format.js';

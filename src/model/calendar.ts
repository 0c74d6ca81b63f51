// Calendar shapes the timeframe phrases speak in (weeks, month parts, weekdays), on top of the
// day arithmetic in dates.ts. Weeks run Monday to Sunday, as on a work calendar.
import { addDays, weekdayOf } from './dates.js';
import type { IsoDate } from './types.js';

const pad = (n: number) => String(n).padStart(2, '0');

export function isoOf(year: number, month: number, day: number): IsoDate {
  return `${year}-${pad(month)}-${pad(day)}`;
}

export function partsOf(date: IsoDate): { readonly year: number; readonly month: number; readonly day: number } {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 1 = Monday ... 7 = Sunday. */
function isoWeekday(date: IsoDate): number {
  return ((weekdayOf(date) + 6) % 7) + 1;
}

/** The given weekday (1 = Monday ... 7 = Sunday) in the same Monday-to-Sunday week as `date`. */
export function weekdayInWeek(date: IsoDate, weekday: number): IsoDate {
  return addDays(date, weekday - isoWeekday(date));
}

/** The first `weekday` (1 = Monday ... 7 = Sunday) strictly after `date`. */
export function nextWeekday(date: IsoDate, weekday: number): IsoDate {
  const ahead = (weekday - isoWeekday(date) + 7) % 7;
  return addDays(date, ahead === 0 ? 7 : ahead);
}

/** The most recent `weekday` on or before `date`. */
export function lastWeekdayOnOrBefore(date: IsoDate, weekday: number): IsoDate {
  return addDays(date, -((isoWeekday(date) - weekday + 7) % 7));
}

export function lastDayOfMonth(year: number, month: number): IsoDate {
  return isoOf(year, month, daysInMonth(year, month));
}

/** `date` plus whole months; the day is clamped to the month's length (31 Jan + 1 = 28 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = partsOf(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return isoOf(y, m, Math.min(day, daysInMonth(y, m)));
}

export const WEEKDAY_NAMES: Readonly<Record<string, number>> = {
  monday: 1,
  mon: 1,
  tuesday: 2,
  tue: 2,
  tues: 2,
  wednesday: 3,
  wed: 3,
  thursday: 4,
  thu: 4,
  thur: 4,
  thurs: 4,
  friday: 5,
  fri: 5,
  saturday: 6,
  sunday: 7,
};

export const MONTH_NAMES: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

// The timeframe phrases chrono-node misses or reads differently from what a follow-up needs.
// A window resolves to its last day, because the follow-up must wait until it has passed:
// "next week" is its Friday (the last business day); "next month" and "late December" its last
// business day; "by December" (before it starts) is 30 November. A part of a month is the day
// people mean by it, on a business day: "early December" the 10th, "mid-December" the 15th (the
// follow-up adds its own days of grace, so reading "mid" as the 20th pushed it a week too late).
import {
  MONTH_NAMES,
  WEEKDAY_NAMES,
  addMonths,
  daysInMonth,
  isoOf,
  lastDayOfMonth,
  nextWeekday,
  partsOf,
  weekdayInWeek,
} from './calendar.js';
import { type BusinessCalendar, addBusinessDays, addDays, isBusinessDay, nextBusinessDay } from './dates.js';
import { NAMED_DAY } from './timeframe-named.js';
import type { IsoDate } from './types.js';

const FRIDAY = 5;
const WEDNESDAY = 3;
const MONTH = Object.keys(MONTH_NAMES).join('|');
const WEEKDAY = Object.keys(WEEKDAY_NAMES).join('|');
const PART = '(early|beginning of|start of|the beginning of|the start of|mid|the middle of|middle of|late|end of|the end of)';

type Rule = (text: string, interview: IsoDate, calendar: BusinessCalendar) => IsoDate | null;

/** Friday of the interview's week, or of the next one when that Friday is already behind. */
function endOfThisWeek(interview: IsoDate): IsoDate {
  const friday = weekdayInWeek(interview, FRIDAY);
  return friday < interview ? addDays(friday, 7) : friday;
}

function addUnits(interview: IsoDate, count: number, unit: string, business: boolean, calendar: BusinessCalendar): IsoDate {
  if (unit === 'month') return addMonths(interview, count);
  if (unit === 'week') return addDays(interview, count * 7);
  return business ? addBusinessDays(interview, count, calendar) : addDays(interview, count);
}

/**
 * A part of a month: early or start = the 10th, mid = the 15th (each on the next business day
 * when it falls on a weekend or holiday), late or end = the month's last business day.
 */
function monthPart(part: string, year: number, month: number, calendar: BusinessCalendar): IsoDate {
  if (/(early|beginning|start)/.test(part)) return nextBusinessDay(isoOf(year, month, 10), calendar);
  if (/mid|middle/.test(part)) return nextBusinessDay(isoOf(year, month, 15), calendar);
  return lastBusinessDayOnOrBefore(lastDayOfMonth(year, month), calendar);
}

function lastBusinessDayOnOrBefore(date: IsoDate, calendar: BusinessCalendar): IsoDate {
  let current = date;
  while (!isBusinessDay(current, calendar)) current = addDays(current, -1);
  return current;
}

/** A named month means the next one from the interview's month on, unless a year is given. */
function yearFor(month: number, interview: IsoDate, year: string | undefined): number {
  if (year !== undefined) return Number(year);
  const now = partsOf(interview);
  return month >= now.month ? now.year : now.year + 1;
}

function weekdayOfWeek(text: string, d: IsoDate): IsoDate | null {
  const next = new RegExp(`\\b(${WEEKDAY})\\s+(?:of\\s+)?next\\s+week\\b|\\bnext\\s+week\\s+(?:on\\s+)?(${WEEKDAY})\\b`).exec(
    text,
  );
  const day = next?.[1] ?? next?.[2];
  if (day !== undefined) return addDays(weekdayInWeek(d, WEEKDAY_NAMES[day] ?? FRIDAY), 7);
  const self = new RegExp(`\\b(${WEEKDAY})\\s+(?:of\\s+)?this\\s+week\\b|\\bthis\\s+week\\s+(?:on\\s+)?(${WEEKDAY})\\b`).exec(
    text,
  );
  const own = self?.[1] ?? self?.[2];
  if (own === undefined) return null;
  const date = weekdayInWeek(d, WEEKDAY_NAMES[own] ?? FRIDAY);
  return date < d ? addDays(date, 7) : date;
}

function countOfUnits(text: string, d: IsoDate, calendar: BusinessCalendar): IsoDate | null {
  // "a week or two" reads "1 week or 2" once number words are digits.
  const swapped = /\b1\s+(day|week|month)\s+or\s+(\d+)\b/.exec(text);
  if (swapped) return addUnits(d, Number(swapped[2]), swapped[1] ?? 'day', false, calendar);
  const match = /\b(\d+)(?:\s*(?:-|\u2013|to|or)\s*(\d+))?\s*(?:(business|working|calendar)\s+)?(day|week|month)s?\b/.exec(text);
  if (!match) return null;
  const count = Math.max(Number(match[1]), Number(match[2] ?? match[1]));
  const business = match[3] === 'business' || match[3] === 'working';
  return addUnits(d, count, match[4] ?? 'day', business, calendar);
}

/**
 * A count from a weekday: "a week on Friday", "two weeks from Monday", "Friday week" start from that
 * weekday (the interview day itself when it is that weekday), not from the interview day as a bare
 * count does.
 */
function countFromWeekday(text: string, d: IsoDate, calendar: BusinessCalendar): IsoDate | null {
  const counted = new RegExp(`\\b(\\d+)\\s+(day|week|month)s?\\s+(?:from|after|on)\\s+(next\\s+|this\\s+)?(${WEEKDAY})\\b`).exec(
    text,
  );
  const day = counted?.[4] ?? new RegExp(`\\b(${WEEKDAY})\\s+week\\b`).exec(text)?.[1];
  if (day === undefined) return null;
  const weekday = WEEKDAY_NAMES[day] ?? FRIDAY;
  const start = counted?.[3]?.startsWith('next') ? addDays(weekdayInWeek(d, weekday), 7) : nextWeekday(addDays(d, -1), weekday);
  if (!counted) return addDays(start, 7);
  return addUnits(start, Number(counted[1]), counted[2] ?? 'day', false, calendar);
}

function namedMonth(text: string, d: IsoDate, calendar: BusinessCalendar): IsoDate | null {
  const pattern = new RegExp(
    `(?<!\\d(?:st|nd|rd|th)?\\s*(?:of\\s+)?)\\b(?:${PART}\\s*-?\\s*)?(${MONTH})\\b(?!\\.?\\s*\\d{1,2}(?!\\d))\\.?(?:\\s*,?\\s*(\\d{4}))?`,
  );
  const match = pattern.exec(text);
  if (!match || match[2] === undefined) return null;
  const before = text.slice(0, match.index);
  // "may" is a month only where nothing else would make sense ("in May", "early May 2027").
  if (match[2] === 'may' && match[1] === undefined && match[3] === undefined && !/\b(in|by|before|until)\s*$/.test(before)) {
    return null;
  }
  const month = MONTH_NAMES[match[2]] ?? 1;
  const year = yearFor(month, d, match[3]);
  if (match[1] === undefined && /\b(by|before)\s*$/.test(before)) return addDays(isoOf(year, month, 1), -1);
  return monthPart(match[1] ?? 'end', year, month, calendar);
}

function relativeMonth(text: string, d: IsoDate, calendar: BusinessCalendar): IsoDate | null {
  const match = new RegExp(`\\b(?:${PART}\\s*-?\\s*)?(?:the\\s+)?(next|this|the)\\s+month\\b|\\b(eom|month[-\\s]end)\\b`).exec(
    text,
  );
  if (!match) return null;
  const { year, month } = partsOf(match[2] === 'next' ? addMonths(isoOf(partsOf(d).year, partsOf(d).month, 1), 1) : d);
  return monthPart(match[1] ?? 'end', year, month, calendar);
}

function weekday(text: string, d: IsoDate): IsoDate | null {
  // Written-out dates ("Friday, December 4") are chrono-node's job.
  if (/\d/.test(text) || new RegExp(`\\b(${MONTH.replace('may|', '')})\\b`).test(text)) return null;
  const match = new RegExp(`\\b(next\\s+)?(${WEEKDAY})\\b`).exec(text);
  if (!match || match[2] === undefined) return null;
  const day = WEEKDAY_NAMES[match[2]] ?? FRIDAY;
  return match[1] ? addDays(weekdayInWeek(d, day), 7) : nextWeekday(d, day);
}

/** "by the 11th": that day of the interview's month, or of the next when it is already behind. */
function dayOfMonth(text: string, d: IsoDate): IsoDate | null {
  if (new RegExp(`\\b(${MONTH})\\b`).test(text)) return null;
  // "the 2nd round" and "the 1st week" count something else.
  const match = /\bthe\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:week|round|interview|stage|call|meeting|step))/.exec(text);
  const day = Number(match?.[1] ?? 0);
  if (day < 1 || day > 31) return null;
  const { year, month } = partsOf(d);
  for (let ahead = 0; ahead < 3; ahead += 1) {
    const target = addMonths(isoOf(year, month, 1), ahead);
    const parts = partsOf(target);
    // A month without that day (the 31st of November) is skipped for the next that has one.
    if (day > daysInMonth(parts.year, parts.month)) continue;
    const date = isoOf(parts.year, parts.month, day);
    if (date >= d) return date;
  }
  return null;
}

/**
 * "Early in the new year", "after New Year", "after Christmas", "at the start of next year": a
 * decision once people are back, which a coach reads as the end of January's first full working
 * week (Friday 8 January 2027), so the follow-up waits for the second week instead of landing on
 * New Year's Day or the first day back, when inboxes are fullest.
 */
const NEW_YEAR_SPAN =
  /\b(?:(?:early|in|after|into)\s+(?:the\s+)?new\s+year|after\s+(?:the\s+)?new\s+year(?:'s|s)?|after\s+(?:the\s+)?(?:christmas|xmas)|(?:early|(?:the\s+)?(?:beginning|start)\s+of)\s+(?:the\s+)?(?:new|next)\s+year)\b/;

/** Whether `text` (lower-cased) is a span after New Year that `firstWeekBack` reads. */
export function isNewYearSpan(text: string): boolean {
  return NEW_YEAR_SPAN.test(text) && !NAMED_DAY.test(text);
}

/** The Friday (or the last business day before it) of January's first week that starts on a Monday in January. */
function firstWeekBack(text: string, d: IsoDate, calendar: BusinessCalendar): IsoDate | null {
  if (!isNewYearSpan(text)) return null;
  const { year } = partsOf(d);
  let monday = isoOf(year + 1, 1, 1);
  while (weekdayInWeek(monday, 1) !== monday) monday = addDays(monday, 1);
  return lastBusinessDayOnOrBefore(addDays(monday, 4), calendar);
}

/** The holidays people name as a deadline ("by Christmas"): the next one from the interview on. */
const HOLIDAYS: ReadonlyArray<readonly [RegExp, number, number]> = [
  [/\b(?:christmas|xmas)\b/, 12, 25],
  [/\bnew\s+year(?:'s|s)?(?:\s+day)?\b/, 1, 1],
  [/\b(?:(?:st\.?|saint)\s+)?(?:patrick|paddy)['\u2019]?s\s+day\b/, 3, 17],
  [/\b(?:(?:(?:st\.?|saint)\s+)?stephen['\u2019]?s|boxing)\s+day\b/, 12, 26],
];

function namedHoliday(text: string, d: IsoDate): IsoDate | null {
  // A day they named wins over a holiday said as the reason for it: "before the Christmas rota
  // goes out, so by the 11th" is the 11th, left to the rules and chrono-node after this one.
  if (NAMED_DAY.test(text)) return null;
  for (const [pattern, month, day] of HOLIDAYS) {
    if (!pattern.test(text)) continue;
    const { year } = partsOf(d);
    const date = isoOf(year, month, day);
    return date >= d ? date : isoOf(year + 1, month, day);
  }
  return null;
}

const RULES: readonly Rule[] = [
  weekdayOfWeek,
  (text, d) =>
    /\b(early|beginning of|start of|mid|middle of)\s*-?\s*next\s+week\b/.test(text)
      ? addDays(weekdayInWeek(d, WEDNESDAY), 7)
      : null,
  (text, d) => (/\bnext\s+week\b/.test(text) ? addDays(weekdayInWeek(d, FRIDAY), 7) : null),
  (text, d) =>
    /\b(eow|end\s+of\s+(?:the\s+|this\s+)?week|this\s+week|the\s+week\s+is\s+out)\b/.test(text) ? endOfThisWeek(d) : null,
  countFromWeekday,
  countOfUnits,
  namedMonth,
  relativeMonth,
  firstWeekBack,
  (text, d) => (/\b(end\s+of\s+(?:the\s+|this\s+)?year|year[-\s]end|eoy)\b/.test(text) ? isoOf(partsOf(d).year, 12, 31) : null),
  namedHoliday,
  dayOfMonth,
  weekday,
];

/** The decision date for `text` (lower-cased, number words as digits) by the rules above, or null. */
export function resolveByPhrase(text: string, interview: IsoDate, calendar: BusinessCalendar): IsoDate | null {
  for (const rule of RULES) {
    const date = rule(text, interview, calendar);
    if (date !== null) return date;
  }
  return null;
}

// The interview day as the guided session accepts it: "today", "yesterday", a weekday (the most
// recent one, today included), an ISO date, or what chrono-node reads ("24 Nov", "Nov 24",
// "last Friday"). An interview is in the past, so a day after today is refused.
import * as chrono from 'chrono-node';
import { WEEKDAY_NAMES, isoOf, lastWeekdayOnOrBefore } from './calendar.js';
import { closest } from './closest.js';
import { inDateRange } from './date-range.js';
import { type DateStyle, addDays, formatDay, parseIsoDate, todayOf } from './dates.js';
import { interviewDateMessages as m } from './interview-date-messages.js';
import type { IsoDate } from './types.js';

type Reading = { readonly date: IsoDate } | { readonly problem: string } | { readonly future: IsoDate };

function byWords(text: string, today: IsoDate): IsoDate | null {
  if (text === 'today' || text === 'this morning' || text === 'this afternoon') return today;
  if (text === 'yesterday') return addDays(today, -1);
  const weekday = /^(?:last\s+|on\s+|this\s+(?:past\s+)?)?([a-z]+)$/.exec(text)?.[1];
  const day = weekday === undefined ? undefined : WEEKDAY_NAMES[weekday];
  return day === undefined ? null : lastWeekdayOnOrBefore(today, day);
}

/** Whether `locale` writes a numeric date day first (12/11/2026 is 12 November): all but the US's and the Philippines'. */
function dayFirst(locale: string): boolean {
  return !/-(US|PH)\b/i.test(locale) && !/^en$/i.test(locale);
}

function byChrono(text: string, now: Date, dayFirstDates: boolean): IsoDate | null {
  const result = (dayFirstDates ? chrono.en.GB : chrono).parse(text, now)[0];
  if (!result) return null;
  const year = result.start.get('year');
  const month = result.start.get('month');
  const day = result.start.get('day');
  if (year === null || month === null || day === null) return null;
  return isoOf(year, month, day);
}

// The words a slip may have meant: the day words and the weekdays in full (not "thu" for "thy").
const DAY_WORDS = ['today', 'yesterday', ...Object.keys(WEEKDAY_NAMES).filter((name) => name.length > 5)];

/** The day word one word typed with a slip or two means ("yesterdya", "thrusday"), if any. */
function slipOf(words: string): string | undefined {
  const guess = /^[a-z]{4,}$/.test(words) ? closest(words, DAY_WORDS) : undefined;
  // A weekday as the examples write it ("Monday"); "today" and "yesterday" as typed.
  return guess !== undefined && guess in WEEKDAY_NAMES ? guess[0]!.toUpperCase() + guess.slice(1) : guess;
}

function read(text: string, now: Date, style?: DateStyle): Reading {
  const words = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (words === '') return { problem: m.empty };
  const today = todayOf(now);
  if (/^\d{4}-\d{2}-\d{2}$/.test(words) && parseIsoDate(words) === null) return { problem: m.notADay(words) };
  // Where dates are written day first, 12/11/2026 is 12 November; 12/13/2026 has no month 13,
  // and is refused with the order this locale reads (chrono would quietly read it month first).
  const dayFirstDates = style !== undefined && dayFirst(style.locale);
  const numeric = /^(\d{1,2})[/.](\d{1,2})[/.](\d{2,4})$/.exec(words);
  if (dayFirstDates && numeric && Number(numeric[2]) > 12 && Number(numeric[1]) <= 12) {
    return { problem: m.dayFirst(text.trim(), `${numeric[2]}/${numeric[1]}/${numeric[3]}`) };
  }
  const date = parseIsoDate(words) ?? byWords(words, today) ?? byChrono(words, now, dayFirstDates);
  if (date === null) return { problem: m.unreadable(text.trim(), slipOf(words)) };
  if (date > today) return { future: date };
  if (!inDateRange(date)) return { problem: m.outOfRange(date) };
  return { date };
}

/** Whether `text` names a day after today: then it is a day still to come, not one that is no day. */
export function namesDayAhead(text: string, now: Date): boolean {
  return 'future' in read(text, now);
}

/** The interview day `text` names, or null (then `interviewDateProblem` says what to type). */
export function parseInterviewDate(text: string, now: Date, style?: DateStyle): IsoDate | null {
  const reading = read(text, now, style);
  return 'date' in reading ? reading.date : null;
}

/** What to type instead, or undefined when `text` names a usable interview day. */
export function interviewDateProblem(text: string, now: Date, style: DateStyle): string | undefined {
  const reading = read(text, now, style);
  if ('future' in reading) return m.future(formatDay(reading.future, style));
  return 'problem' in reading ? reading.problem : undefined;
}

// A day as the user's locale writes it, in English (the notes and the coach speak English):
// "Monday, November 30" under en_US, "Monday 30 November" under en_GB, "Monday, 30 November"
// under de_DE. The year is left out for a recent day of the current year, where it only adds
// noise, and written for any other, where the day would be ambiguous without it ("Friday,
// January 8, 2027" in December; "Friday, January 8, 2027" in September too, over four months on). Which locale and which "today" is a DateStyle every caller passes in, as the
// business calendar is (dates.ts): each command reads the user's (date-style.ts), and a test
// states the one it means.
import type { DialectName } from '../checklist/dialect.js';
import type { Locale } from './locale.js';
import type { IsoDate } from './types.js';

export interface DateStyle {
  /** A BCP 47 tag such as "en-GB". */
  readonly locale: string;
  /** The user's today; null writes every year. */
  readonly today: IsoDate | null;
  /**
   * The English the user writes (FOLLOWUP_COACH_DIALECT, else the locale: src/checklist/dialect.ts),
   * for what a letter's form follows rather than its dates: "Yours sincerely" or "Sincerely". When
   * absent, the English of `locale`'s territory.
   */
  readonly dialect?: DialectName | undefined;
  /**
   * The public holidays of the user's calendar, the ones the schedule skips (holidays.ts), so a
   * note written in the days before one can wish the reader a good break; none when absent.
   */
  readonly holidays?: Readonly<Record<IsoDate, string>> | undefined;
}

/** American, with every year written: the style of a test that states no clock. */
export const US_WITH_YEARS: DateStyle = { locale: 'en-US', today: null };

/** English as written where the locale's territory is ("en-GB" for en_GB and for cy_GB); en-US without one. */
export function dateLocaleOf(locale: Locale): string {
  if (locale.territory === null || locale.territory === 'US') return US_WITH_YEARS.locale;
  const tag = `en-${locale.territory}`;
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0 ? tag : US_WITH_YEARS.locale;
  } catch {
    return US_WITH_YEARS.locale;
  }
}

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(locale: string, withYear: boolean, withWeekday = true): Intl.DateTimeFormat {
  const key = `${locale}\u0000${withYear}\u0000${withWeekday}`;
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale, {
      ...(withWeekday ? { weekday: 'long' as const } : {}),
      month: 'long',
      day: 'numeric',
      ...(withYear ? { year: 'numeric' } : {}),
      // The day is a calendar day: format its UTC midnight in UTC, whatever the machine's zone.
      timeZone: 'UTC',
    });
    formats.set(key, format);
  }
  return format;
}

// American English is written here rather than by Intl: the first Intl.DateTimeFormat of a run
// loads the locale's calendar data, about a tenth of a quick command's whole start-up, and its
// pattern ("Friday, December 4, 2026") has been the same in every CLDR release. The unit test
// holds it to Intl's own output for every day of several years.
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** The months' English names, January first (compose/words.ts writes letter dates with them too). */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function formatUs(y: number, m: number, d: number, withYear: boolean): string {
  const weekday = WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
  const day = `${weekday}, ${MONTHS[m - 1]} ${d}`;
  return withYear ? `${day}, ${y}` : day;
}

/**
 * English that writes the day before the month with no comma anywhere, with the year or without:
 * "Thursday 10 December 2026", as the style guides of these countries write a date (GOV.UK, the
 * Australian Government Style Manual). Intl's CLDR patterns disagree with themselves here: en-GB
 * puts a comma after the weekday only with the year, en-IE only without it, en-NZ and en-ZA in
 * both, and en-ZA writes "01 December" without the year. test/unit/model/day-format.test.ts
 * holds each to the table.
 */
const DAY_MONTH = new Set(['en-GB', 'en-IE', 'en-AU', 'en-NZ', 'en-ZA']);

function formatDayMonth(y: number, m: number, d: number, withYear: boolean): string {
  const weekday = WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
  const day = `${weekday} ${d} ${MONTHS[m - 1]}`;
  return withYear ? `${day} ${y}` : day;
}

/** About four months: a day further back than this is far enough that a reader asks "which year?". */
const YEAR_AFTER_DAYS = 122;

function longAgo(date: IsoDate, today: IsoDate): boolean {
  const at = (day: IsoDate) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
  return (at(today) - at(date)) / 86_400_000 > YEAR_AFTER_DAYS;
}

/** "Monday, November 30" (en-US), "Monday 30 November" (en-GB); with the year outside the style's current one. */
export function formatDay(date: IsoDate, style: DateStyle): string {
  const withYear = style.today === null || style.today.slice(0, 4) !== date.slice(0, 4) || longAgo(date, style.today);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  if (style.locale === US_WITH_YEARS.locale && y >= 1000) return formatUs(y, m, d, withYear);
  if (DAY_MONTH.has(style.locale) && y >= 1000) return formatDayMonth(y, m, d, withYear);
  return formatFor(style.locale, withYear).format(new Date(Date.UTC(y, m - 1, d)));
}

/** A week: a day further back than this is not placed by its weekday ("last Friday" is gone). */
const WEEKDAY_WITHIN_DAYS = 7;

function monthDay(y: number, m: number, d: number, locale: string, withYear: boolean): string {
  if (locale === US_WITH_YEARS.locale && y >= 1000) return withYear ? `${MONTHS[m - 1]} ${d}, ${y}` : `${MONTHS[m - 1]} ${d}`;
  if (DAY_MONTH.has(locale) && y >= 1000) return withYear ? `${d} ${MONTHS[m - 1]} ${y}` : `${d} ${MONTHS[m - 1]}`;
  return formatFor(locale, withYear, false).format(new Date(Date.UTC(y, m - 1, d)));
}

/**
 * A day inside a note's own sentences, as a person writes it there: the weekday only for a day at
 * most a week back or still ahead ("on Tuesday, November 24" the next day, "on November 24" in
 * March), and the year only for a day in another year and more than about four months away
 * ("We met on 27 November" in a February note, "10 June 2026" in one of January). With no today
 * known, the plain day with its year: "November 24, 2026". The schedule and the review keep
 * formatDay, where the weekday is what a reader plans by.
 */
export function proseDay(date: IsoDate, style: DateStyle): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  if (style.today === null) return monthDay(y, m, d, style.locale, true);
  const at = (day: IsoDate) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
  const back = (at(style.today) - at(date)) / 86_400_000;
  const withYear = style.today.slice(0, 4) !== date.slice(0, 4) && Math.abs(back) > YEAR_AFTER_DAYS;
  if (back > WEEKDAY_WITHIN_DAYS) return monthDay(y, m, d, style.locale, withYear);
  if (style.locale === US_WITH_YEARS.locale && y >= 1000) return formatUs(y, m, d, withYear);
  if (DAY_MONTH.has(style.locale) && y >= 1000) return formatDayMonth(y, m, d, withYear);
  return formatFor(style.locale, withYear).format(new Date(Date.UTC(y, m - 1, d)));
}

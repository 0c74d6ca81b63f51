// A day as the user's locale writes it, in English (the notes and the coach speak English):
// "Monday, November 30" under en_US, "Monday 30 November" under en_GB, "Monday, 30 November"
// under de_DE. The year is left out for a day in the current year, where it only adds noise, and
// written for any other, where the day would be ambiguous without it ("Friday, January 8, 2027"
// in December). Which locale and which "today" come from the entry point (setDateStyle), on a
// global symbol because the guided session's bundle has its own copy of this module; without
// them the day is written the American way, with its year.
import type { Locale } from './locale.js';
import type { IsoDate } from './types.js';

export interface DateStyle {
  /** A BCP 47 tag such as "en-GB". */
  readonly locale: string;
  /** The user's today; null writes every year. */
  readonly today: IsoDate | null;
}

const STYLE = Symbol.for('followup-coach.date-style');
type StyleHolder = { [STYLE]?: { source: () => DateStyle; style?: DateStyle } };
const DEFAULT: DateStyle = { locale: 'en-US', today: null };

/**
 * Sets where the locale and today every formatted day follows come from (null: the default,
 * en-US with years). The source is asked on the first day formatted, so a command that writes
 * no date pays nothing for it.
 */
export function setDateStyle(source: (() => DateStyle) | null): void {
  (globalThis as StyleHolder)[STYLE] = source === null ? undefined : { source };
}

function currentStyle(): DateStyle {
  const holder = (globalThis as StyleHolder)[STYLE];
  if (holder === undefined) return DEFAULT;
  holder.style ??= holder.source();
  return holder.style;
}

/** English as written where the locale's territory is ("en-GB" for en_GB and for cy_GB); en-US without one. */
export function dateLocaleOf(locale: Locale): string {
  if (locale.territory === null) return DEFAULT.locale;
  const tag = `en-${locale.territory}`;
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0 ? tag : DEFAULT.locale;
  } catch {
    return DEFAULT.locale;
  }
}

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(locale: string, withYear: boolean): Intl.DateTimeFormat {
  const key = `${locale}\u0000${withYear}`;
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale, {
      weekday: 'long',
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

/** "Monday, November 30" (en-US), "Monday 30 November" (en-GB); with the year outside the current one. */
export function formatDay(date: IsoDate): string {
  const style = currentStyle();
  const withYear = style.today === null || style.today.slice(0, 4) !== date.slice(0, 4);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return formatFor(style.locale, withYear).format(new Date(Date.UTC(y, m - 1, d)));
}

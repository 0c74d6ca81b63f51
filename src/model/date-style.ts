// The user's date style, read where a command starts, as the business calendar is (holidays.ts).
import { dialectFromEnv } from '../checklist/dialect.js';
import { todayOf } from './dates.js';
import { holidaysFor } from './holidays.js';
import type { IsoDate } from './types.js';
import { type DateStyle, dateLocaleOf } from './day-format.js';
import { localeFromEnv } from './locale.js';

/**
 * Dates as the user writes them: in the locale of LC_TIME (LC_ALL, LANG), with the year only
 * outside the year of `now`; and the English of their letters (FOLLOWUP_COACH_DIALECT, else LC_MESSAGES), and the public holidays of their calendar. The locale is worked out on the first day formatted, so a command
 * that writes no date pays nothing for it.
 */
export function dateStyleFor(env: NodeJS.ProcessEnv, now: Date): DateStyle {
  let locale: string | undefined;
  let holidays: Readonly<Record<IsoDate, string>> | undefined;
  return {
    get locale() {
      locale ??= dateLocaleOf(localeFromEnv(env, 'LC_TIME'));
      return locale;
    },
    today: todayOf(now),
    get dialect() {
      return dialectFromEnv(env);
    },
    // Read on first use, as the schedule's calendar is: only a note that looks for a holiday pays for the table.
    get holidays() {
      holidays ??= holidaysFor(env)?.days ?? {};
      return holidays;
    },
  };
}

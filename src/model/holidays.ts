// The public holidays of the user's country, which are no business days either: a follow-up
// "1 to 2 business days after" the decision must not land on Thanksgiving or Boxing Day. The
// country comes from FOLLOWUP_COACH_COUNTRY (a two-letter code, or "none"), else from the
// locale's territory (LC_ALL, LC_TIME, LANG: en_US.UTF-8 is the United States); a locale without
// one (C, POSIX) means weekends only. A country whose bank holidays differ by region has a table
// per region too (FOLLOWUP_COACH_COUNTRY=GB-SCT for Scotland; plain GB is England and Wales). The tables are built from date-holidays at build time
// (scripts/holidays.mjs), one small file per country in dist/holidays/, read only for the
// user's country and only when a business day is counted.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findPackageRoot } from '../compose/package-root.js';
import { type BusinessCalendar, WEEKENDS_ONLY } from './dates.js';
import { holidayMessages as m } from './holiday-messages.js';
import { localeFromEnv } from './locale.js';
import type { IsoDate } from './types.js';

export interface HolidayTable {
  readonly country: string;
  /** The years the table covers; outside them only weekends count. */
  readonly from: number;
  readonly to: number;
  /** Each public holiday and its name. */
  readonly days: Readonly<Record<IsoDate, string>>;
}

/** A two-letter country code, maybe with a region of it that has a table of its own: `GB-SCT`. */
const COUNTRY = /^[A-Za-z]{2}(-[A-Za-z]{2,3})?$/;

export function countryFromEnv(env: NodeJS.ProcessEnv): string | null {
  const asked = env.FOLLOWUP_COACH_COUNTRY?.trim();
  if (asked !== undefined && asked !== '') return COUNTRY.test(asked) ? asked.toUpperCase() : null;
  return localeFromEnv(env, 'LC_TIME').territory;
}

const tables = new Map<string, HolidayTable | null>();

/** The table for `country` from dist/holidays/, or null when there is none (unknown country, no build). */
export function readHolidayTable(country: string, root: string = findPackageRoot()): HolidayTable | null {
  const key = `${root}\u0000${country}`;
  if (!tables.has(key)) tables.set(key, readTable(country, root));
  return tables.get(key) ?? null;
}

function readTable(country: string, root: string): HolidayTable | null {
  try {
    const table = JSON.parse(readFileSync(join(root, 'dist', 'holidays', `${country}.json`), 'utf8')) as HolidayTable;
    return table.country === country && typeof table.days === 'object' ? table : null;
  } catch {
    return null;
  }
}

/**
 * What is wrong with FOLLOWUP_COACH_COUNTRY, said so the user can fix it, or null: not a
 * two-letter code, or a country without a table. (A locale's own territory is never an error.)
 */
export function countrySettingProblem(env: NodeJS.ProcessEnv, root?: string): string | null {
  const asked = env.FOLLOWUP_COACH_COUNTRY?.trim();
  if (asked === undefined || asked === '' || asked.toLowerCase() === 'none') return null;
  if (!COUNTRY.test(asked)) {
    return m.notACountry(asked);
  }
  if (readHolidayTable(asked.toUpperCase(), root) === null) {
    return m.noTable(asked);
  }
  return null;
}

/** The public holidays that apply under `env`: none without a country. */
export function holidaysFor(env: NodeJS.ProcessEnv, root?: string): HolidayTable | null {
  const country = countryFromEnv(env);
  return country === null ? null : readHolidayTable(country, root);
}

/**
 * The business days under `env`, for the schedule and the timeframe phrases: Saturday and Sunday
 * off, and the country's public holidays when a table is known (weekends only without one).
 */
export function calendarFor(env: NodeJS.ProcessEnv, root?: string): BusinessCalendar {
  const table = holidaysFor(env, root);
  return table === null ? WEEKENDS_ONLY : { weekend: WEEKENDS_ONLY.weekend, holidays: table.days };
}

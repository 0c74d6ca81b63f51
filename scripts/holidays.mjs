// Writes <dir>/<CC>.json for every country date-holidays knows: its nationwide public holidays
// over a span of years around the build, for src/model/holidays.ts. Done at build time so the
// CLI ships small tables (a few KB per country, read only for the user's country) instead of the
// library and its rule parser.
import Holidays from 'date-holidays';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The years the tables cover: last year (interviews saved then) to five ahead. */
export function holidayYears(now = new Date()) {
  const year = now.getUTCFullYear();
  return { from: year - 1, to: year + 5 };
}

/** Writes the tables of `countries` (every country by default) and returns how many it wrote. */
export function writeHolidayTables(
  dir,
  { from, to } = holidayYears(),
  countries = Object.keys(new Holidays().getCountries('en')),
) {
  mkdirSync(dir, { recursive: true });
  for (const country of countries) {
    const calendar = new Holidays(country, { types: ['public'] });
    const days = {};
    for (let year = from; year <= to; year += 1) {
      for (const holiday of calendar.getHolidays(year, 'en')) {
        if (holiday.type !== 'public') continue;
        // Several names for one day ("Christmas Day", a substitute) read as one.
        const day = holiday.date.slice(0, 10);
        days[day] = days[day] ? `${days[day]}; ${holiday.name}` : holiday.name;
      }
    }
    writeFileSync(join(dir, `${country}.json`), `${JSON.stringify({ country, from, to, days })}\n`);
  }
  return countries.length;
}

// Writes <dir>/<CC>.json for every country date-holidays knows: its nationwide public holidays
// over a span of years around the build, for src/model/holidays.ts. Done at build time so the
// CLI ships small tables (a few KB per country, read only for the user's country) instead of the
// library and its rule parser.
import Holidays from 'date-holidays';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Countries whose bank holidays differ by region, with the regions written as tables of their
 * own (`GB-SCT.json`, chosen with FOLLOWUP_COACH_COUNTRY=GB-SCT) and the region the country's
 * own table follows. The United Kingdom has no nationwide list of bank holidays: date-holidays'
 * country-level one leaves out the summer bank holiday, which England, Wales and Northern Ireland
 * keep on the last Monday of August and Scotland on the first. Plain GB is England and Wales,
 * where most of its people live.
 */
export const REGIONS = { GB: { regions: ['ENG', 'WLS', 'SCT', 'NIR'], plain: 'ENG' } };

/** Bumped when the tables' shape or set changes, so the build's cache of them is made again. */
export const TABLES_FORMAT = 3;

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
    const regional = REGIONS[country];
    const write = (code, region) =>
      writeFileSync(
        join(dir, `${code}.json`),
        `${JSON.stringify({ country: code, from, to, days: daysOf(country, region, from, to) })}\n`,
      );
    write(country, regional?.plain);
    for (const region of regional?.regions ?? []) write(`${country}-${region}`, region);
  }
  return countries.length;
}

/**
 * The public holidays of `country` (of its `region`, when given) from year `from` to `to`, with
 * the weekday that stands in for one falling on a weekend: date-holidays types some of those
 * "bank" (Ireland's St Stephen's Day on a Saturday is kept on the Monday, when banks and most
 * offices close), and a follow-up should not land on it either.
 */
function daysOf(country, region, from, to) {
  const of = (types) => (region === undefined ? new Holidays(country, { types }) : new Holidays(country, region, { types }));
  const days = {};
  const keep = (holiday) => {
    // Several names for one day ("Christmas Day", a substitute) read as one.
    const day = holiday.date.slice(0, 10);
    if (!days[day]?.split('; ').includes(holiday.name)) days[day] = days[day] ? `${days[day]}; ${holiday.name}` : holiday.name;
  };
  // Asked for together, date-holidays types some public holidays "bank": the two lists are read apart.
  const [publicDays, bankDays] = [of(['public']), of(['bank'])];
  for (let year = from; year <= to; year += 1) {
    for (const holiday of publicDays.getHolidays(year, 'en')) if (holiday.type === 'public') keep(holiday);
    for (const holiday of bankDays.getHolidays(year, 'en'))
      if (holiday.type === 'bank' && holiday.substitute === true) keep(holiday);
  }
  return days;
}

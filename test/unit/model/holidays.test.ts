// Public holidays as non-business days: which country, its table, and what they change in the
// schedule (the rest of the suite runs with FOLLOWUP_COACH_COUNTRY=none: weekends only).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BusinessCalendar,
  WEEKENDS_ONLY,
  addBusinessDays,
  holidayOn,
  isBusinessDay,
  nextBusinessDay,
  US_WITH_YEARS,
} from '../../../src/model/dates.js';
import {
  calendarFor,
  countryFromEnv,
  countrySettingProblem,
  holidaysFor,
  readHolidayTable,
} from '../../../src/model/holidays.js';
import { scheduleFor } from '../../../src/model/schedule.js';
import { holidayYears, writeHolidayTables } from '../../../scripts/holidays.mjs';
import { sampleInterview } from '../../helpers/sample-interview.js';

const THANKSGIVING: BusinessCalendar = {
  weekend: [0, 6],
  holidays: { '2026-11-26': 'Thanksgiving Day', '2026-12-25': 'Christmas Day' },
};

// A package root with the tables the build writes, for three countries only (all of them take
// seconds): unit tests never read dist/ of the checkout, which may not be built.
let ROOT: string;
beforeAll(() => {
  ROOT = mkdtempSync(join(tmpdir(), 'fc-holiday-root-'));
  writeHolidayTables(join(ROOT, 'dist', 'holidays'), holidayYears(), ['US', 'GB', 'IE']);
});
afterAll(() => rmSync(ROOT, { recursive: true, force: true }));

describe('countryFromEnv', () => {
  it.each([
    [{ FOLLOWUP_COACH_COUNTRY: 'gb' }, 'GB'],
    [{ FOLLOWUP_COACH_COUNTRY: 'none', LANG: 'en_US.UTF-8' }, null],
    [{ LANG: 'en_US.UTF-8' }, 'US'],
    [{ LANG: 'de_DE.UTF-8' }, 'DE'],
    [{ LC_ALL: 'fr_CA.UTF-8', LANG: 'en_US.UTF-8' }, 'CA'],
    [{ LC_TIME: 'en_IE.UTF-8', LANG: 'en_US.UTF-8' }, 'IE'],
    [{ LANG: 'C.UTF-8' }, null],
    [{ LANG: 'POSIX' }, null],
    [{}, null],
  ])('%j -> %s', (env, country) => {
    expect(countryFromEnv(env)).toBe(country);
  });
});

describe('countrySettingProblem', () => {
  it('says what is wrong with FOLLOWUP_COACH_COUNTRY, and nothing about a locale', () => {
    expect(countrySettingProblem({ FOLLOWUP_COACH_COUNTRY: 'USA' }, ROOT)).toBe(
      'FOLLOWUP_COACH_COUNTRY=USA is not a two-letter country code (US, GB, DE, ...), a region of one with holidays of its own (GB-SCT), or "none": counting weekends only.',
    );
    expect(countrySettingProblem({ FOLLOWUP_COACH_COUNTRY: 'QQ' }, ROOT)).toBe(
      'No public holidays are known for FOLLOWUP_COACH_COUNTRY=QQ: counting weekends only.',
    );
    expect(countrySettingProblem({ FOLLOWUP_COACH_COUNTRY: 'us' }, ROOT)).toBeNull();
    expect(countrySettingProblem({ FOLLOWUP_COACH_COUNTRY: 'None' }, ROOT)).toBeNull();
    expect(countrySettingProblem({ LANG: 'xx_QQ.UTF-8' }, ROOT)).toBeNull();
  });
});

describe('readHolidayTable', () => {
  it("reads the build's table for a country", () => {
    const year = new Date().getUTCFullYear();
    const us = readHolidayTable('US', ROOT);
    expect(us?.days[`${year}-12-25`]).toBe('Christmas Day');
    expect(us?.days[`${year}-07-04`]).toMatch(/^Independence Day/);
    expect(readHolidayTable('GB', ROOT)?.days[`${year}-12-26`]).toMatch(/^Boxing Day/);
  });

  it('knows the bank holidays of each nation of the United Kingdom, substitute days included', () => {
    const days = (code: string) => readHolidayTable(code, ROOT)?.days ?? {};
    // The country-level list of date-holidays has no summer bank holiday: plain GB is England and Wales.
    for (const code of ['GB', 'GB-ENG', 'GB-WLS', 'GB-NIR']) {
      expect(days(code)['2026-08-31']).toBe('Summer bank holiday');
      expect(days(code)['2026-12-28']).toBe('Boxing Day (substitute day)');
    }
    expect(days('GB-SCT')).toMatchObject({
      '2026-08-03': 'Summer bank holiday',
      '2026-11-30': 'St Andrew’s Day',
      '2026-12-28': 'Boxing Day (substitute day)',
    });
    expect(days('GB-SCT')['2026-08-31']).toBeUndefined();
    expect(days('GB-NIR')['2026-03-17']).toBe('St Patrick’s Day');
    expect(countryFromEnv({ FOLLOWUP_COACH_COUNTRY: 'gb-sct', LANG: 'en_GB.UTF-8' })).toBe('GB-SCT');
    expect(holidayOn('2026-11-30', calendarFor({ FOLLOWUP_COACH_COUNTRY: 'GB-SCT' }, ROOT))).toBe('St Andrew’s Day');
    expect(holidayOn('2026-08-31', calendarFor({ LANG: 'en_GB.UTF-8' }, ROOT))).toBe('Summer bank holiday');
    expect(countrySettingProblem({ FOLLOWUP_COACH_COUNTRY: 'GB-XX' }, ROOT)).toBe(
      'No public holidays are known for FOLLOWUP_COACH_COUNTRY=GB-XX: counting weekends only.',
    );
  });

  it("keeps the weekday that stands in for a public holiday on a weekend, as Ireland's St Stephen's Day", () => {
    // 26 December 2026 is a Saturday: date-holidays keeps it on Monday the 28th, as a bank holiday.
    const ie = readHolidayTable('IE', ROOT)?.days ?? {};
    expect(ie['2026-12-26']).toBe('St. Stephen’s Day');
    expect(ie['2026-12-28']).toBe('St. Stephen’s Day (substitute day)');
    expect(holidayOn('2026-12-28', calendarFor({ FOLLOWUP_COACH_COUNTRY: 'IE' }, ROOT))).toBe(
      'St. Stephen’s Day (substitute day)',
    );
    // A bank holiday that stands in for no public one is no day off here: Good Friday (banks close,
    // most offices do not) is not in Ireland's table.
    expect(ie['2026-04-03']).toBeUndefined();
  });

  it('has none for an unknown country, a damaged file or a package without a build', () => {
    const root = mkdtempSync(join(tmpdir(), 'fc-holidays-'));
    try {
      mkdirSync(join(root, 'dist', 'holidays'), { recursive: true });
      writeFileSync(join(root, 'dist', 'holidays', 'XX.json'), '{ not json');
      expect(readHolidayTable('XX', root)).toBeNull();
      expect(readHolidayTable('ZZ', root)).toBeNull();
      expect(holidaysFor({ FOLLOWUP_COACH_COUNTRY: 'US' }, join(root, 'nowhere'))).toBeNull();
      expect(holidaysFor({ LANG: 'C' }, ROOT)).toBeNull();
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('calendarFor', () => {
  it("is weekends plus the country's holidays, or weekends only", () => {
    const year = new Date().getUTCFullYear();
    expect(holidayOn(`${year}-07-04`, calendarFor({ FOLLOWUP_COACH_COUNTRY: 'US' }, ROOT))).toMatch(/^Independence Day/);
    expect(calendarFor({ FOLLOWUP_COACH_COUNTRY: 'none', LANG: 'en_US.UTF-8' }, ROOT)).toBe(WEEKENDS_ONLY);
    expect(calendarFor({ FOLLOWUP_COACH_COUNTRY: 'QQ' }, ROOT)).toBe(WEEKENDS_ONLY);
  });
});

describe('business days with public holidays', () => {
  it('skips a holiday as it skips a weekend', () => {
    expect(isBusinessDay('2026-11-26', THANKSGIVING)).toBe(false);
    expect(holidayOn('2026-11-26', THANKSGIVING)).toBe('Thanksgiving Day');
    expect(addBusinessDays('2026-11-25', 1, THANKSGIVING)).toBe('2026-11-27');
    // Thu 24 Dec + 1: Fri 25 is Christmas, then the weekend.
    expect(addBusinessDays('2026-12-24', 1, THANKSGIVING)).toBe('2026-12-28');
    expect(nextBusinessDay('2026-11-26', THANKSGIVING)).toBe('2026-11-27');
    expect(addBusinessDays('2026-11-25', 1, WEEKENDS_ONLY)).toBe('2026-11-26');
    // A name such as "constructor" is no holiday of any calendar.
    expect(holidayOn('constructor', WEEKENDS_ONLY)).toBeUndefined();
  });

  it('moves a follow-up due on a holiday to the next business day', () => {
    // They said "by Wednesday" (25 Nov): the follow-up may go the next business day.
    const interview = sampleInterview({ timeframe: { text: 'by Wednesday', date: '2026-11-25' } });
    const followUp = (calendar: BusinessCalendar) =>
      scheduleFor(interview, new Date('2026-11-24T17:00:00Z'), calendar, US_WITH_YEARS).items.find(
        (item) => item.kind === 'follow-up',
      );
    expect(followUp(WEEKENDS_ONLY)?.notBefore).toBe('2026-11-26');
    expect(followUp(WEEKENDS_ONLY)?.why).not.toContain('public holiday');
    expect(followUp(THANKSGIVING)).toMatchObject({ notBefore: '2026-11-27', by: '2026-11-30' });
    // The later day is explained.
    expect(followUp(THANKSGIVING)?.why).toMatch(/ Thursday, November 26, 2026 is Thanksgiving Day, a public holiday\.$/);
  });

  it('names a holiday in the window of a follow-up without a decision date too', () => {
    const interview = sampleInterview({ timeframe: null, date: '2026-11-18' });
    const followUp = scheduleFor(interview, new Date('2026-11-19T17:00:00Z'), THANKSGIVING, US_WITH_YEARS).items.find(
      (item) => item.kind === 'follow-up',
    );
    // Thank-you due Thu 19 Nov; 5 business days without Thanksgiving: Fri 27 Nov; 7: Tue 1 Dec.
    expect(followUp).toMatchObject({ notBefore: '2026-11-27', by: '2026-12-01' });
    expect(followUp?.why).toContain('Thursday, November 26, 2026 is Thanksgiving Day, a public holiday.');
  });
});

// Days as the user's locale writes them, in English, with the year only outside the current one.
import { describe, expect, it } from 'vitest';
import { dateStyleFor } from '../../../src/model/date-style.js';
import { US_WITH_YEARS, dateLocaleOf, formatDay, proseDay } from '../../../src/model/day-format.js';
import { localeFromEnv } from '../../../src/model/locale.js';

const localeOf = (env: NodeJS.ProcessEnv) => dateLocaleOf(localeFromEnv(env, 'LC_TIME'));

describe('formatDay', () => {
  it.each([
    ['en_US.UTF-8', 'Monday, November 30'],
    ['en_GB.UTF-8', 'Monday 30 November'],
    ['en_AU.UTF-8', 'Monday 30 November'],
    ['en_CA.UTF-8', 'Monday, November 30'],
    ['de_DE.UTF-8', 'Monday, 30 November'],
    ['C.UTF-8', 'Monday, November 30'],
  ])('under LANG=%s writes a day of the current year as %j', (lang, day) => {
    expect(formatDay('2026-11-30', { locale: localeOf({ LANG: lang }), today: '2026-11-25' })).toBe(day);
  });

  it('writes the year for a day of this year more than about four months back', () => {
    expect(formatDay('2027-01-05', { locale: 'en-US', today: '2027-04-20' })).toBe('Tuesday, January 5');
    expect(formatDay('2027-01-05', { locale: 'en-US', today: '2027-05-20' })).toBe('Tuesday, January 5, 2027');
    expect(formatDay('2027-01-05', { locale: 'en-GB', today: '2027-09-01' })).toBe('Tuesday 5 January 2027');
  });

  it('writes the year for a day in another year, before or after', () => {
    const us = { locale: 'en-US', today: '2026-12-28' };
    expect(formatDay('2027-01-08', us)).toBe('Friday, January 8, 2027');
    expect(formatDay('2025-12-31', us)).toBe('Wednesday, December 31, 2025');
    expect(formatDay('2026-12-31', us)).toBe('Thursday, December 31');
    expect(formatDay('2027-01-08', { locale: 'en-GB', today: '2026-12-28' })).toBe('Friday 8 January 2027');
  });

  // A British date has no comma with the year or without it; Intl (CLDR 47) writes "Thursday, 10
  // December 2026" for en-GB, a comma only without the year for en-IE, one always for en-NZ and
  // en-ZA, and "Tuesday, 01 December" for en-ZA.
  it.each([
    ['en_GB.UTF-8', 'Tuesday 1 December', 'Thursday 10 December 2026'],
    ['en_IE.UTF-8', 'Tuesday 1 December', 'Thursday 10 December 2026'],
    ['en_AU.UTF-8', 'Tuesday 1 December', 'Thursday 10 December 2026'],
    ['en_NZ.UTF-8', 'Tuesday 1 December', 'Thursday 10 December 2026'],
    ['en_ZA.UTF-8', 'Tuesday 1 December', 'Thursday 10 December 2026'],
    ['en_US.UTF-8', 'Tuesday, December 1', 'Thursday, December 10, 2026'],
    ['en_IN.UTF-8', 'Tuesday, 1 December', 'Thursday, 10 December 2026'],
  ])('under LANG=%s writes %j in its year and %j in another', (lang, thisYear, otherYear) => {
    const locale = localeOf({ LANG: lang });
    expect(formatDay('2026-12-01', { locale, today: '2026-11-25' })).toBe(thisYear);
    expect(formatDay('2026-12-10', { locale, today: '2027-03-01' })).toBe(otherYear);
  });

  it('without a today (the style of a test with no clock) writes the American way, always with the year', () => {
    expect(formatDay('2026-11-30', US_WITH_YEARS)).toBe('Monday, November 30, 2026');
  });

  it('is the same day whatever the machine’s time zone', () => {
    const gb = { locale: 'en-GB', today: '2026-01-01' };
    expect([formatDay('2026-01-01', gb), formatDay('2026-03-29', gb)]).toEqual(['Thursday 1 January', 'Sunday 29 March']);
  });
});

describe('formatDay in American English, written without Intl', () => {
  it('is what Intl writes for en-US on every day of 2024 to 2031, with and without the year', () => {
    const intl = (withYear: boolean) =>
      new Intl.DateTimeFormat('en-US', {
        weekday: 'long',
        month: 'long',
        day: 'numeric',
        ...(withYear ? { year: 'numeric' } : {}),
        timeZone: 'UTC',
      });
    const [thisYear, otherYear] = [intl(false), intl(true)];
    const differences: string[] = [];
    for (let at = Date.UTC(2024, 0, 1); at < Date.UTC(2032, 0, 1); at += 86_400_000) {
      const day = new Date(at);
      const iso = day.toISOString().slice(0, 10);
      const sameYear = formatDay(iso, { locale: 'en-US', today: iso });
      const nextYear = formatDay(iso, { locale: 'en-US', today: '2040-06-15' });
      if (sameYear !== thisYear.format(day)) differences.push(`${iso}: ${sameYear}`);
      if (nextYear !== otherYear.format(day)) differences.push(`${iso}: ${nextYear}`);
    }
    expect(differences).toEqual([]);
  });

  it('serves en_US as well as a locale with no territory', () => {
    expect([localeOf({ LANG: 'en_US.UTF-8' }), localeOf({ LANG: 'es_US.UTF-8' }), localeOf({})]).toEqual([
      'en-US',
      'en-US',
      'en-US',
    ]);
  });
});

describe('dateStyleFor', () => {
  it('takes the locale of LC_TIME and the local day of `now`', () => {
    const style = dateStyleFor({ LC_TIME: 'en_GB.UTF-8', LANG: 'en_US.UTF-8' }, new Date(2026, 10, 25, 23, 30));
    expect([style.locale, style.today]).toEqual(['en-GB', '2026-11-25']);
    expect(formatDay('2026-11-30', style)).toBe('Monday 30 November');
    expect(formatDay('2027-01-08', style)).toBe('Friday 8 January 2027');
  });

  it('reads the locale only when a day is first written, and once', () => {
    const env: NodeJS.ProcessEnv = {};
    let read = 0;
    Object.defineProperty(env, 'LC_TIME', {
      get: () => {
        read += 1;
        return 'en_AU.UTF-8';
      },
    });
    const style = dateStyleFor(env, new Date(2026, 10, 25));
    expect(read).toBe(0);
    expect([formatDay('2026-11-30', style), formatDay('2026-12-01', style)]).toEqual([
      'Monday 30 November',
      'Tuesday 1 December',
    ]);
    expect(read).toBe(1);
  });
});

describe('dateLocaleOf', () => {
  it.each([
    [{ LC_ALL: 'en_GB.UTF-8', LANG: 'en_US.UTF-8' }, 'en-GB'],
    [{ LC_TIME: 'en_IE.UTF-8', LANG: 'en_US.UTF-8' }, 'en-IE'],
    [{ LANG: 'fr_FR.UTF-8' }, 'en-FR'],
    [{ LANG: 'en' }, 'en-US'],
    [{ LANG: 'POSIX' }, 'en-US'],
    [{}, 'en-US'],
  ])('%j -> %s', (env, tag) => {
    expect(localeOf(env)).toBe(tag);
  });
});

describe('proseDay: a day inside a sentence of a note', () => {
  const us = (today: string | null) => ({ locale: 'en-US', today });
  const gb = (today: string | null) => ({ locale: 'en-GB', today });
  it('keeps the weekday for a day up to a week back or ahead, and drops it further back', () => {
    expect(proseDay('2026-11-27', gb('2026-11-30'))).toBe('Friday 27 November');
    expect(proseDay('2026-12-04', us('2026-11-30'))).toBe('Friday, December 4');
    expect(proseDay('2026-11-20', us('2026-11-30'))).toBe('November 20');
    expect(proseDay('2026-11-20', gb('2026-11-30'))).toBe('20 November');
  });
  it('writes no year in the current year, however far back', () => {
    expect(proseDay('2026-01-05', us('2026-12-20'))).toBe('January 5');
    expect(proseDay('2026-01-05', gb('2026-12-20'))).toBe('5 January');
  });
  it('across a year boundary, writes the year only for a day more than four months away', () => {
    expect(proseDay('2026-11-27', gb('2027-02-27'))).toBe('27 November');
    expect(proseDay('2026-11-27', us('2027-02-27'))).toBe('November 27');
    expect(proseDay('2026-06-10', gb('2027-01-15'))).toBe('10 June 2026');
    expect(proseDay('2026-06-10', us('2027-01-15'))).toBe('June 10, 2026');
    // A week either side of New Year keeps its weekday, and still needs no year.
    expect(proseDay('2026-12-30', us('2027-01-04'))).toBe('Wednesday, December 30');
  });
  it('with no today known, writes the plain day with its year', () => {
    expect(proseDay('2026-11-24', US_WITH_YEARS)).toBe('November 24, 2026');
    expect(proseDay('2026-11-24', gb(null))).toBe('24 November 2026');
    expect(proseDay('2026-11-24', { locale: 'en-CA', today: null })).toMatch(/^November 24, 2026$/);
  });
});

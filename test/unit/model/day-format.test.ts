// Days as the user's locale writes them, in English, with the year only outside the current one.
import { afterEach, describe, expect, it } from 'vitest';
import { dateLocaleOf, formatDay, setDateStyle } from '../../../src/model/day-format.js';
import { localeFromEnv } from '../../../src/model/locale.js';

const localeOf = (env: NodeJS.ProcessEnv) => dateLocaleOf(localeFromEnv(env, 'LC_TIME'));

afterEach(() => setDateStyle(null));

describe('formatDay', () => {
  it.each([
    ['en_US.UTF-8', 'Monday, November 30'],
    ['en_GB.UTF-8', 'Monday 30 November'],
    ['en_AU.UTF-8', 'Monday 30 November'],
    ['en_CA.UTF-8', 'Monday, November 30'],
    ['de_DE.UTF-8', 'Monday, 30 November'],
    ['C.UTF-8', 'Monday, November 30'],
  ])('under LANG=%s writes a day of the current year as %j', (lang, day) => {
    setDateStyle(() => ({ locale: localeOf({ LANG: lang }), today: '2026-11-25' }));
    expect(formatDay('2026-11-30')).toBe(day);
  });

  it('writes the year for a day in another year, before or after', () => {
    setDateStyle(() => ({ locale: 'en-US', today: '2026-12-28' }));
    expect(formatDay('2027-01-08')).toBe('Friday, January 8, 2027');
    expect(formatDay('2025-12-31')).toBe('Wednesday, December 31, 2025');
    expect(formatDay('2026-12-31')).toBe('Thursday, December 31');
    setDateStyle(() => ({ locale: 'en-GB', today: '2026-12-28' }));
    expect(formatDay('2027-01-08')).toBe('Friday, 8 January 2027');
  });

  it('without a style writes the American way, always with the year', () => {
    expect(formatDay('2026-11-30')).toBe('Monday, November 30, 2026');
  });

  it('is the same day whatever the machine’s time zone, and asks its source once', () => {
    let asked = 0;
    setDateStyle(() => {
      asked += 1;
      return { locale: 'en-GB', today: '2026-01-01' };
    });
    expect([formatDay('2026-01-01'), formatDay('2026-03-29')]).toEqual(['Thursday 1 January', 'Sunday 29 March']);
    expect(asked).toBe(1);
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

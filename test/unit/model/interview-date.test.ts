import { US_WITH_YEARS } from '../../../src/model/dates.js';
import { describe, expect, it } from 'vitest';
import { interviewDateProblem, parseInterviewDate } from '../../../src/model/interview-date.js';
import { interviewDateMessages as m } from '../../../src/model/interview-date-messages.js';

// Wednesday 25 Nov 2026, mid-afternoon (tests run with TZ=UTC).
const NOW = new Date('2026-11-25T15:30:00Z');

describe('parseInterviewDate', () => {
  it.each([
    ['today', '2026-11-25'],
    ['Today ', '2026-11-25'],
    ['yesterday', '2026-11-24'],
    ['Wednesday', '2026-11-25'],
    ['tuesday', '2026-11-24'],
    ['Monday', '2026-11-23'],
    ['Thursday', '2026-11-19'],
    ['last Friday', '2026-11-20'],
    ['fri', '2026-11-20'],
    ['2026-11-24', '2026-11-24'],
    ['24 Nov', '2026-11-24'],
    ['Nov 24', '2026-11-24'],
    ['November 2', '2026-11-02'],
    ['2 days ago', '2026-11-23'],
    ['2025-12-31', '2025-12-31'],
  ])('"%s" -> %s', (text, date) => {
    expect(parseInterviewDate(text, NOW)).toBe(date);
    expect(interviewDateProblem(text, NOW, US_WITH_YEARS)).toBeUndefined();
  });

  it('reads a weekday across the year end', () => {
    const newYear = new Date('2027-01-01T09:00:00Z'); // a Friday
    expect(parseInterviewDate('Tuesday', newYear)).toBe('2026-12-29');
    expect(parseInterviewDate('yesterday', newYear)).toBe('2026-12-31');
    expect(parseInterviewDate('Dec 30', newYear)).toBe('2026-12-30');
  });
});

describe('interviewDateProblem', () => {
  it.each([
    ['', m.empty],
    ['   ', m.empty],
    ['tomorrow', m.future('Thursday, November 26, 2026')],
    ['2026-11-26', m.future('Thursday, November 26, 2026')],
    ['Nov 30', m.future('Monday, November 30, 2026')],
    ['2026-02-30', m.notADay('2026-02-30')],
    ['the other day', m.unreadable('the other day')],
    ['Funday', m.unreadable('Funday', 'Sunday')],
  ])('"%s" -> its message, and no date', (text, problem) => {
    expect(interviewDateProblem(text, NOW, US_WITH_YEARS)).toBe(problem);
    expect(parseInterviewDate(text, NOW)).toBeNull();
  });

  it('says what to type', () => {
    expect(m.empty).toContain('"yesterday"');
    expect(m.future('Thursday, November 26, 2026')).toBe(
      'Thursday, November 26, 2026 is still ahead. Type the day the interview took place; the coach writes the notes after it.',
    );
  });
});

describe('before 1970', () => {
  it('is refused with the day named', () => {
    const now = new Date('2026-11-25T09:00:00Z');
    expect(parseInterviewDate('1969-12-31', now)).toBeNull();
    expect(interviewDateProblem('1900-06-01', now, US_WITH_YEARS)).toBe(m.outOfRange('1900-06-01'));
    expect(parseInterviewDate('1970-01-01', now)).toBe('1970-01-01');
  });
});

describe('numeric dates read in the order the locale writes them', () => {
  const GB = { locale: 'en-GB', today: '2026-11-25' } as const;
  const US = { locale: 'en-US', today: '2026-11-25' } as const;

  it('reads 12/11/2026 as 12 November in en-GB and as December 11 (still ahead) in en-US', () => {
    expect(parseInterviewDate('12/11/2026', NOW, GB)).toBe('2026-11-12');
    expect(parseInterviewDate('12/11/2026', NOW, US)).toBeNull();
    expect(interviewDateProblem('12/11/2026', NOW, US)).toBe(m.future('Friday, December 11'));
    expect(parseInterviewDate('11/12/2026', NOW, US)).toBe('2026-11-12');
  });

  it('refuses a month-first date in en-GB, saying the order it reads and what to type', () => {
    expect(parseInterviewDate('11/13/2026', NOW, GB)).toBeNull();
    expect(interviewDateProblem('11/13/2026', NOW, GB)).toBe(
      '"11/13/2026" has no month 13: dates here are day first (day/month/year). Type 13/11/2026, or the day in words such as "24 Nov".',
    );
  });

  it('says a misspelled weekday is not a day it can read, with examples of what works', () => {
    expect(interviewDateProblem('next Tusday', NOW, GB)).toBe(m.unreadable('next Tusday'));
    expect(m.unreadable('next Tusday')).toBe(
      '"next Tusday" is not a day the coach can read. Type "today", "yesterday", a weekday such as "Monday", or a date such as "2026-11-24" or "24 Nov".',
    );
  });

  // A trial typed "yesterdya" and was told only that it is no day; ids and kinds get a guess.
  it('offers the day word a one-word slip means', () => {
    expect(interviewDateProblem('yesterdya', NOW, GB)).toBe(
      '"yesterdya" is not a day the coach can read. Did you mean "yesterday"? Or type "today", "yesterday", a weekday such as "Monday", or a date such as "2026-11-24" or "24 Nov".',
    );
    expect(interviewDateProblem('Thrusday', NOW, GB)).toBe(m.unreadable('Thrusday', 'Thursday'));
    expect(m.unreadable('Thrusday', 'Thursday')).toContain('read. Did you mean "Thursday"? Or type "today"');
    expect(interviewDateProblem('someday', NOW, GB)).toBe(m.unreadable('someday'));
  });
});

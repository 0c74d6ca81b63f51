import { describe, expect, it } from 'vitest';
import { resolveTimeframe } from '../../../src/model/timeframe.js';
import { timeframeMessages } from '../../../src/model/timeframe-messages.js';
import { WEEKENDS_ONLY, US_WITH_YEARS } from '../../../src/model/dates.js';

// 2026-11-24 is a Tuesday. Next week runs Mon 30 Nov to Sun 6 Dec.
const TUESDAY = '2026-11-24';

describe('resolveTimeframe from a Tuesday interview (2026-11-24)', () => {
  it.each([
    ['by the end of next week', '2026-12-04'],
    ['We will decide by the end of next week.', '2026-12-04'],
    ['end of this week', '2026-11-27'],
    ['EOW', '2026-11-27'],
    ['later this week', '2026-11-27'],
    ['next week', '2026-12-04'],
    ['early next week', '2026-12-02'],
    ['Tuesday next week', '2026-12-01'],
    ['in two weeks', '2026-12-08'],
    ['in 2 weeks', '2026-12-08'],
    ['within 10 business days', '2026-12-08'],
    ['within ten business days', '2026-12-08'],
    ['within 5 working days', '2026-12-01'],
    ['a few days', '2026-11-27'],
    ['a couple of days', '2026-11-26'],
    ['a couple of weeks', '2026-12-08'],
    ['a week or two', '2026-12-08'],
    ['two to three weeks', '2026-12-15'],
    ['within a week', '2026-12-01'],
    ['in about ten days', '2026-12-04'],
    ['early December', '2026-12-10'],
    // The 15th, the day people mean by "mid": not the 20th, a Sunday in 2026.
    ['mid-December', '2026-12-15'],
    ['the middle of December', '2026-12-15'],
    ['once the trustees meet, probably mid-December', '2026-12-15'],
    ['late December', '2026-12-31'],
    ['in December', '2026-12-31'],
    ['by December', '2026-11-30'],
    // The 10th is a Sunday in January 2027: the Monday after.
    ['early January', '2027-01-11'],
    ['mid-January', '2027-01-15'],
    // The 15th of May 2027 is a Saturday: the Monday after.
    ['mid-May', '2027-05-17'],
    ['next month', '2026-12-31'],
    ['early next month', '2026-12-10'],
    ['end of the month', '2026-11-30'],
    ['end of the year', '2026-12-31'],
    ['Friday', '2026-11-27'],
    ['this Friday', '2026-11-27'],
    ['by Monday', '2026-11-30'],
    ['next Friday', '2026-12-04'],
    ['December 4', '2026-12-04'],
    ['by Dec 4th', '2026-12-04'],
    ['4 December', '2026-12-04'],
    ['tomorrow', '2026-11-25'],
    ['2026-12-09', '2026-12-09'],
    // A day of the month alone: this month's, or the next month's when it has passed.
    ['by the 27th', '2026-11-27'],
    ['we should know by the 11th', '2026-12-11'],
    ['on the 1st', '2026-12-01'],
    ['after the 2nd round, by the 4th', '2026-12-04'],
    // A holiday named as the deadline.
    ['by Christmas', '2026-12-25'],
    ['before the new year', '2027-01-01'],
  ])('"%s" -> %s', (words, date) => {
    expect(resolveTimeframe(words, TUESDAY, WEEKENDS_ONLY, US_WITH_YEARS)).toEqual({ timeframe: { text: words, date } });
  });
});

describe('across month and year ends', () => {
  it.each([
    // Monday, December 28, 2026: the year turns inside the window.
    ['in two weeks', '2026-12-28', '2027-01-11'],
    ['by the end of next week', '2026-12-28', '2027-01-08'],
    ['end of this week', '2026-12-28', '2027-01-01'],
    ['within 3 business days', '2026-12-30', '2027-01-04'],
    ['next month', '2026-12-15', '2027-01-29'],
    // February 28, 2027 is a Sunday: the last business day is the Friday before.
    ['end of the month', '2027-02-03', '2027-02-26'],
    ['in a month', '2027-01-31', '2027-02-28'],
    ['a few days', '2026-11-27', '2026-12-02'],
    ['early December', '2026-12-01', '2026-12-10'],
    ['late February', '2028-02-03', '2028-02-29'],
    // July 31, 2027 is a Saturday.
    ['late July', '2027-07-01', '2027-07-30'],
    // The 31st after a 30-day month's last day: the next month that has one.
    ['by the 31st', '2026-11-30', '2026-12-31'],
    ['by the 30th', '2027-01-31', '2027-03-30'],
    ['by Christmas', '2026-12-28', '2027-12-25'],
  ])('"%s" after %s -> %s', (words, interview, date) => {
    expect(resolveTimeframe(words, interview, WEEKENDS_ONLY, US_WITH_YEARS).timeframe?.date).toBe(date);
  });

  // A trial (said on Wednesday 2 December 2026): a day they named wins over a holiday said as the
  // reason for it, and a span after New Year waits for the end of January's first full week.
  it.each([
    ['before the Christmas rota goes out, so by the 11th', '2026-12-11'],
    ['by the 11th, before Christmas', '2026-12-11'],
    ['by 11 December, before Christmas', '2026-12-11'],
    ['before Christmas, so Friday', '2026-12-04'],
    ['by Christmas', '2026-12-25'],
    ['by New Year', '2027-01-01'],
    // Friday 1 January 2027 is New Year's Day; the first full week back is 4 to 8 January.
    ['early in the new year', '2027-01-08'],
    ['in the New Year', '2027-01-08'],
    ['after New Year', '2027-01-08'],
    ["after the new year's break", '2027-01-08'],
    ['at the start of next year', '2027-01-08'],
    // "After Christmas" is a decision once people are back, as "after New Year" is: read as
    // Christmas Day, it had the follow-up asking for news on the Monday after St Stephen's Day.
    ['after Christmas', '2027-01-08'],
    ['after the Christmas break', '2027-01-08'],
    ['not until after the Xmas holidays', '2027-01-08'],
  ])('"%s" said on 2026-12-02 -> %s', (words, date) => {
    expect(resolveTimeframe(words, '2026-12-02', WEEKENDS_ONLY, US_WITH_YEARS).timeframe?.date).toBe(date);
  });

  it('"early in the new year": a year whose 1 January is a Monday starts its first full week that day', () => {
    // 1 January 2029 is a Monday (a holiday): the week is 1 to 5 January.
    expect(resolveTimeframe('early in the new year', '2028-12-05', WEEKENDS_ONLY, US_WITH_YEARS).timeframe?.date).toBe(
      '2029-01-05',
    );
  });

  it('"end of this week" on a Saturday means the coming Friday', () => {
    expect(resolveTimeframe('end of this week', '2026-11-28', WEEKENDS_ONLY, US_WITH_YEARS).timeframe?.date).toBe('2026-12-04');
  });

  it('"Friday" said on a Friday is the next Friday', () => {
    expect(resolveTimeframe('Friday', '2026-11-27', WEEKENDS_ONLY, US_WITH_YEARS).timeframe?.date).toBe('2026-12-04');
  });
});

// A trial in Ireland (said at a Dublin interview): "a fortnight" is two weeks, and a count "from"
// or "on" a weekday ("a week on Friday", "Friday week") starts from that weekday, not from the
// interview day. Read as no date, "in a fortnight" had the follow-up asking for news a week before
// the decision; "a fortnight from today" was read as "today".
describe('a fortnight, and counts from a weekday (Tuesday interview, 2026-11-24)', () => {
  it.each([
    ['in a fortnight', '2026-12-08'],
    ['within a fortnight', '2026-12-08'],
    ["in a fortnight's time", '2026-12-08'],
    ['over the next fortnight', '2026-12-08'],
    ['a fortnight from today', '2026-12-08'],
    ['We will let you know in a Fortnight.', '2026-12-08'],
    ['in one fortnight', '2026-12-08'],
    ['a week from Friday', '2026-12-04'],
    ['a week on Friday', '2026-12-04'],
    ['Friday week', '2026-12-04'],
    ['by Friday week', '2026-12-04'],
    ['a fortnight on Friday', '2026-12-11'],
    ['two weeks from Monday', '2026-12-14'],
    ['10 days from Wednesday', '2026-12-05'],
  ])('"%s" -> %s', (words, date) => {
    expect(resolveTimeframe(words, TUESDAY, WEEKENDS_ONLY, US_WITH_YEARS)).toEqual({ timeframe: { text: words, date } });
  });

  it.each([
    ['Friday week', '2026-12-04'],
    ['a week on Friday', '2026-12-04'],
    ['two weeks from next Friday', '2026-12-18'],
  ])('"%s" said on Friday 2026-11-27 -> %s', (words, date) => {
    expect(resolveTimeframe(words, '2026-11-27', WEEKENDS_ONLY, US_WITH_YEARS).timeframe?.date).toBe(date);
  });
});

describe('holidays named as the deadline where people name them', () => {
  it.each([
    ["by St Patrick's Day", '2027-02-10', '2027-03-17'],
    ["before Paddy's Day", '2027-02-10', '2027-03-17'],
    ["by Saint Patrick's Day", '2027-03-18', '2028-03-17'],
    ["by St Stephen's Day", '2026-12-02', '2026-12-26'],
    ['by Boxing Day', '2026-12-02', '2026-12-26'],
  ])('"%s" said on %s -> %s', (words, interview, date) => {
    expect(resolveTimeframe(words, interview, WEEKENDS_ONLY, US_WITH_YEARS).timeframe?.date).toBe(date);
  });
});

describe('what cannot be read', () => {
  it('no words means no timeframe', () => {
    expect(resolveTimeframe(null, TUESDAY, WEEKENDS_ONLY, US_WITH_YEARS)).toEqual({ timeframe: null });
    expect(resolveTimeframe('   ', TUESDAY, WEEKENDS_ONLY, US_WITH_YEARS)).toEqual({ timeframe: null });
  });

  it.each(['soon', 'after the holidays', 'we may call you'])('"%s" is kept with the 5-business-day warning', (words) => {
    const result = resolveTimeframe(words, TUESDAY, WEEKENDS_ONLY, US_WITH_YEARS);
    expect(result).toEqual({ timeframe: { text: words, date: null }, warning: timeframeMessages.unresolved(words) });
    expect(result.warning).toContain('5-business-day rule');
  });

  // A trial in Ireland was told to write "Dec 4", a month-first date nobody there writes.
  it('says what to write in words any English reads the same way', () => {
    expect(timeframeMessages.unresolved('after the bank holiday')).toBe(
      'No date found in "after the bank holiday". The coach keeps their words and uses the 5-business-day rule instead: ' +
        'the follow-up waits 5 business days after your thank-you. If they gave a day or a span, write it as they said it ' +
        '("in two weeks", "by Friday") or the day itself (2026-12-04).',
    );
    expect(timeframeMessages.longWait('by Nov 20', 'Saturday 20 November 2027')).not.toContain('Dec 4');
  });

  it('keeps the words trimmed, as typed otherwise', () => {
    expect(resolveTimeframe('  By the END of next week ', TUESDAY, WEEKENDS_ONLY, US_WITH_YEARS).timeframe).toEqual({
      text: 'By the END of next week',
      date: '2026-12-04',
    });
  });

  it('warns about a date far away, which is usually a misread', () => {
    expect(resolveTimeframe('by Nov 20', TUESDAY, WEEKENDS_ONLY, US_WITH_YEARS)).toEqual({
      timeframe: { text: 'by Nov 20', date: '2027-11-20' },
      warning: timeframeMessages.longWait('by Nov 20', 'Saturday, November 20, 2027'),
    });
  });

  it('warns about a date before the interview', () => {
    expect(resolveTimeframe('2026-11-20', TUESDAY, WEEKENDS_ONLY, US_WITH_YEARS)).toEqual({
      timeframe: { text: '2026-11-20', date: '2026-11-20' },
      warning: timeframeMessages.beforeInterview('2026-11-20', 'Friday, November 20, 2026', 'Tuesday, November 24, 2026'),
    });
  });
});

describe('outside the years the calendar counts with', () => {
  it('keeps the words and counts them as no date', () => {
    expect(resolveTimeframe('in 200 years', '2026-11-24', WEEKENDS_ONLY, US_WITH_YEARS)).toEqual({
      timeframe: { text: 'in 200 years', date: null },
      warning: timeframeMessages.outOfRange('in 200 years'),
    });
    expect(resolveTimeframe('2150-01-01', '2026-11-24', WEEKENDS_ONLY, US_WITH_YEARS).timeframe).toEqual({
      text: '2150-01-01',
      date: null,
    });
  });
});

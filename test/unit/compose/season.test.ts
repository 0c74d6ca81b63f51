// The wishes fit the day a note is written (src/compose/season.ts, templates/partials/wish.hbs):
// a trial's Friday notes hoped "your week is going well", and notes written on 22 December had no
// word for the break. Friday wishes the weekend, Monday the week ahead, midweek the rest of the
// week, a weekend or an unknown day nothing about the week; a public holiday of the user's calendar
// in the week ahead gets a wish for the break, and none where the calendar has no such holiday.
import { describe, expect, it } from 'vitest';
import { createComposer } from '../../../src/compose/compose.js';
import { holidayNear, weekPartOf } from '../../../src/compose/season.js';
import { loadTemplates } from '../../../src/compose/template-files.js';
import type { DateStyle } from '../../../src/model/dates.js';
import { TONES, type Interview, type IsoDate } from '../../../src/model/types.js';
import { pharmacistPanel } from './every-state.js';

const { composeNotes } = createComposer(loadTemplates());
const NAMES = ['Ann Lee', 'Bo Chen', 'Cy Dunn', 'Di Eve', 'Ed Fox'];
const panel = (tone: Interview['tone']): Interview => ({
  ...pharmacistPanel(NAMES, 'email', () => ({ topics: ['the aseptic unit'] })),
  date: '2026-12-01',
  tone,
});
const US: Readonly<Record<IsoDate, string>> = { '2026-11-26': 'Thanksgiving Day', '2026-12-25': 'Christmas Day' };

/** The wish about the week or a holiday in each note of `kind` written on `today`, or "" for none. */
function wishes(kind: 'thank-you' | 'follow-up', today: IsoDate, holidays: Readonly<Record<IsoDate, string>> = {}) {
  const style: DateStyle = { locale: 'en-US', today, holidays };
  return TONES.flatMap((tone) =>
    composeNotes(panel(tone), kind, { dateStyle: style }).map(
      (note) => /[^.;,]*\b(week|weekend|break|coming up)\b[^.]*[.]/.exec(note.body)?.[0].trim() ?? '',
    ),
  );
}

describe('the part of the week', () => {
  it.each([
    ['2026-12-07', 'ahead'],
    ['2026-12-08', 'rest'],
    ['2026-12-10', 'rest'],
    ['2026-12-11', 'weekend'],
    ['2026-12-12', null],
    ['2026-12-13', null],
  ] as const)('%s is %s', (day, part) => {
    expect(weekPartOf(day)).toBe(part);
  });
  it('is unknown without a day', () => {
    expect(weekPartOf(null)).toBeNull();
  });
});

describe('the holiday near', () => {
  it('is the first public holiday in the week after the day, not the day itself', () => {
    expect(holidayNear('2026-12-22', US)).toEqual({ name: 'Christmas Day', the: false });
    expect(holidayNear('2026-12-18', US)).toEqual({ name: 'Christmas Day', the: false });
    expect(holidayNear('2026-12-17', US)).toBeNull();
    expect(holidayNear('2026-12-25', US)).toBeNull();
    expect(holidayNear(null, US)).toBeNull();
  });
  it('names a substitute by its holiday, and gives a name with a common noun its "the"', () => {
    const gb = { '2026-12-25': 'Christmas Day', '2026-12-26': 'Boxing Day', '2026-12-28': 'Boxing Day (substitute day)' };
    expect(holidayNear('2026-12-27', gb)).toEqual({ name: 'Boxing Day', the: false });
    // On Boxing Day itself, its substitute two days on is the same holiday, already here.
    expect(holidayNear('2026-12-26', gb)).toBeNull();
    expect(holidayNear('2026-08-27', { '2026-08-31': 'Summer bank holiday' })).toEqual({
      name: 'Summer bank holiday',
      the: true,
    });
  });
});

describe('the wishes of a note', () => {
  it('on a Friday wish the weekend, never the week', () => {
    const found = wishes('thank-you', '2026-12-04');
    expect(found.filter((wish) => /\bweek\b/.test(wish))).toEqual([]);
    expect(found.filter((wish) => /weekend/.test(wish)).length).toBe(found.length);
    expect(wishes('follow-up', '2026-12-11').filter((wish) => /is going well|off to a good start/.test(wish))).toEqual([]);
  });

  it('on a Monday wish the week ahead, midweek the rest of it', () => {
    expect(wishes('thank-you', '2026-12-07').every((wish) => /week ahead|good week\b/.test(wish))).toBe(true);
    expect(wishes('thank-you', '2026-12-02').every((wish) => /rest of (your|the) week|remainder of the week/.test(wish))).toBe(
      true,
    );
  });

  it('at the weekend or on an unknown day say nothing about the week', () => {
    expect(wishes('thank-you', '2026-12-05').filter((wish) => /week/.test(wish))).toEqual([]);
    const unknown = TONES.flatMap((tone) => composeNotes(panel(tone), 'thank-you').map((note) => note.body));
    expect(unknown.filter((body) => /\bweek(end)?\b/.test(body))).toEqual([]);
  });

  it('in the days before a public holiday of the calendar wish a good break over it, in place of the week', () => {
    const found = wishes('thank-you', '2026-12-22', US);
    expect(found.every((wish) => /\bbreak over Christmas Day\.$/.test(wish))).toBe(true);
    expect(wishes('follow-up', '2026-12-22', US).filter((wish) => /Christmas Day coming up/.test(wish)).length).toBeGreaterThan(
      0,
    );
  });

  it('never name a holiday the calendar does not have', () => {
    const style: DateStyle = { locale: 'en-IN', today: '2026-12-22', holidays: { '2026-10-02': 'Gandhi Jayanti' } };
    const bodies = TONES.flatMap((tone) => composeNotes(panel(tone), 'thank-you', { dateStyle: style }).map((n) => n.body));
    expect(bodies.filter((body) => /Christmas|holiday|break over/i.test(body))).toEqual([]);
  });
});

// When a note is written, as its wishes need it: a note written on a Friday that hopes "your week
// is going well" reads as written on another day, and one written on 22 December with nothing
// for the break reads as a form letter. The wishes themselves are the templates' (partials/wish.hbs).
import { addDays, weekdayOf } from '../model/dates.js';
import type { IsoDate } from '../model/types.js';

/** Where in the working week the note is written: Monday, Tuesday to Thursday, Friday. */
export type WeekPart = 'ahead' | 'rest' | 'weekend';

/**
 * The part of the week `today` is in, or null when the day is unknown or a Saturday or Sunday:
 * a note written at the weekend is read on another day, so no wish about the week fits it.
 */
export function weekPartOf(today: IsoDate | null): WeekPart | null {
  if (today === null) return null;
  const day = weekdayOf(today);
  if (day === 1) return 'ahead';
  if (day === 5) return 'weekend';
  return day >= 2 && day <= 4 ? 'rest' : null;
}

/** How many days ahead a public holiday is near enough for a note to wish the reader a good break. */
export const HOLIDAY_NEAR_DAYS = 7;

/** A public holiday as a sentence names it: "Christmas Day", or with its "the": "the Summer bank holiday". */
export interface NearHoliday {
  readonly name: string;
  readonly the: boolean;
}

/** Words that are lower case inside a proper name ("Day of the Dead"), so no sign of a common noun. */
const SMALL_WORDS = new Set(['of', 'the', 'and', 'de', 'da', 'du', 'la', 'le']);

/**
 * The first public holiday of `holidays` in the week after `today` (not today: a note written on
 * the holiday itself is read after it), or null. A substitute day goes by its holiday's name,
 * without the bracket ("Boxing Day (substitute day)" is "Boxing Day"), and is passed over when
 * that holiday is today. A name with a common noun in it ("Summer bank holiday") takes "the".
 */
export function holidayNear(today: IsoDate | null, holidays: Readonly<Record<IsoDate, string>>): NearHoliday | null {
  if (today === null) return null;
  for (let ahead = 1; ahead <= HOLIDAY_NEAR_DAYS; ahead += 1) {
    const named = holidays[addDays(today, ahead)];
    if (named === undefined) continue;
    const name = named.replace(/\s*\([^)]*\)\s*$/u, '').trim();
    const standsIn = name !== named.trim();
    if (standsIn && Object.values(holidays).includes(name) && alreadyAhead(today, ahead, name, holidays)) continue;
    const common = name.split(/\s+/u).some((word) => /^\p{Ll}/u.test(word) && !SMALL_WORDS.has(word));
    return { name, the: common };
  }
  return null;
}

/** Whether the holiday `name` a substitute stands in for is itself on a day from today up to the substitute's. */
function alreadyAhead(today: IsoDate, upTo: number, name: string, holidays: Readonly<Record<IsoDate, string>>): boolean {
  for (let ahead = 0; ahead < upTo; ahead += 1) if (holidays[addDays(today, ahead)] === name) return true;
  return false;
}

// The years followup-coach counts with: every date it keeps (an interview, a decision date, a
// note sent) lies from 1970 to 2100. Anything else is a typo, and past it the calendar code
// cannot count (a year such as 9999 made list and regen crash).
export const FIRST_DAY = '1970-01-01';
export const LAST_DAY = '2100-12-31';

/** Whether an ISO date or date-time (`YYYY-MM-DD...`) lies in those years. */
export function inDateRange(value: string): boolean {
  const day = value.slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && day >= FIRST_DAY && day <= LAST_DAY;
}

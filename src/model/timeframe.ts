// The decision date hidden in the interviewer's words, relative to the interview day. Our own
// phrase rules run first (they encode what a follow-up needs: the last day of a window); chrono-node
// reads everything else that names a day ("December 4", "tomorrow", "12/4").
import * as chrono from 'chrono-node';
import { isoOf } from './calendar.js';
import { inDateRange } from './date-range.js';
import { type BusinessCalendar, type DateStyle, addDays, formatDay, parseIsoDate } from './dates.js';
import { digitsForNumberWords } from './number-words.js';
import { isNewYearSpan, resolveByPhrase } from './timeframe-phrases.js';
import { timeframeMessages } from './timeframe-messages.js';
import type { IsoDate, Timeframe } from './types.js';

export interface TimeframeResult {
  readonly timeframe: Timeframe | null;
  /** Set when the words could not be turned into a date, or the date looks wrong. */
  readonly warning?: string;
  /** How the coach read words that name no day of their own, when it is not plain from the date. */
  readonly reading?: string;
}

// A decision more than about six months away is more likely a misread ("by Nov 20" said on
// 24 Nov is next year's 20 Nov) than a real answer; keep it but say so.
const LONG_WAIT_DAYS = 183;

function byChrono(text: string, interview: IsoDate): IsoDate | null {
  const [y, m, d] = interview.split('-').map(Number) as [number, number, number];
  // Local noon of the interview day, read back as local components: the same day in any zone.
  const instant = new Date(y, m - 1, d, 12);
  const result = chrono.parse(text, instant, { forwardDate: true })[0];
  if (!result) return null;
  const when = result.end ?? result.start;
  const year = when.get('year');
  const month = when.get('month');
  const day = when.get('day');
  if (year === null || month === null || day === null) return null;
  return isoOf(year, month, day);
}

export function resolveTimeframe(
  text: string | null,
  interviewDate: IsoDate,
  calendar: BusinessCalendar,
  style: DateStyle,
): TimeframeResult {
  const words = text?.trim() ?? '';
  if (words === '') return { timeframe: null };
  const iso = parseIsoDate(words);
  const date = iso ?? resolveByPhrase(digitsForNumberWords(words), interviewDate, calendar) ?? byChrono(words, interviewDate);
  if (date === null) {
    return { timeframe: { text: words, date: null }, warning: timeframeMessages.unresolved(words) };
  }
  // Past the years the calendar counts with: kept as words, counted as no date.
  if (!inDateRange(date)) return { timeframe: { text: words, date: null }, warning: timeframeMessages.outOfRange(words) };
  const timeframe = { text: words, date };
  if (iso === null && isNewYearSpan(digitsForNumberWords(words))) return { timeframe, reading: timeframeMessages.newYear };
  if (date < interviewDate) {
    return {
      timeframe,
      warning: timeframeMessages.beforeInterview(words, formatDay(date, style), formatDay(interviewDate, style)),
    };
  }
  if (date > addDays(interviewDate, LONG_WAIT_DAYS)) {
    return { timeframe, warning: timeframeMessages.longWait(words, formatDay(date, style)) };
  }
  return { timeframe };
}

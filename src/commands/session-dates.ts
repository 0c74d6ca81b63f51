// The model's date readers for the step table. They pull in chrono-node (about 110 kB), so the
// session loads them beside the first frame instead of before it.
import { interviewDateProblem, parseInterviewDate } from '../model/interview-date.js';
import { resolveTimeframe } from '../model/timeframe.js';
import type { BusinessCalendar, DateStyle } from '../model/dates.js';
import type { IsoDate } from '../model/types.js';

export const dateReaders = {
  understandDate: parseInterviewDate,
  dateProblem: interviewDateProblem,
  resolveTimeframe: (text: string, date: IsoDate, calendar: BusinessCalendar, style: DateStyle) => {
    const { timeframe, reading } = resolveTimeframe(text, date, calendar, style);
    return { date: timeframe?.date ?? null, ...(reading === undefined ? {} : { reading }) };
  },
};

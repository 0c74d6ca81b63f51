// The schedule under the review, from the model's dates: when the thank-yous are due and the
// first day a second follow-up is welcome.
import { addDays, formatDay } from '../model/dates.js';
import type { Interview, IsoDate } from '../model/types.js';
import { schedule } from './messages.js';

export function scheduleLines(interview: Interview, followUpNotBefore: IsoDate): string[] {
  if (interview.status === 'not-selected') return [schedule.notSelected];
  return [schedule.thankYou(formatDay(addDays(interview.date, 1))), schedule.followUp(formatDay(followUpNotBefore))];
}

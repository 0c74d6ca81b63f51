// too-early and late-thank-you: the two timing mistakes. Both need the interview and "now";
// without them they stay quiet.
import { US_WITH_YEARS, WEEKENDS_ONLY, daysBetween, formatDay, todayOf } from '../../model/dates.js';
import { followUpNotBefore, isFollowUp } from '../../model/schedule.js';
import { MESSAGES } from '../messages.js';
import type { RuleCheck } from '../types.js';
import { notePoint } from './content.js';

export const tooEarly: RuleCheck = (draft, context) => {
  const { interview, now } = context;
  if (!interview || !now || !isFollowUp(interview, context.kind)) return [];
  const earliest = followUpNotBefore(interview, context.calendar ?? WEEKENDS_ONLY);
  if (todayOf(now) >= earliest) return [];
  const day = formatDay(earliest, context.dateStyle ?? US_WITH_YEARS);
  return [{ ...notePoint(draft), message: MESSAGES.tooEarly(interview.timeframe?.text ?? null, day) }];
};

export const lateThankYou: RuleCheck = (draft, context) => {
  const { interview, now } = context;
  if (context.kind !== 'thank-you' || !interview || !now) return [];
  // The interview has a day, not a time: two calendar days later is surely past 24 hours.
  const days = daysBetween(interview.date, todayOf(now));
  if (days < 2) return [];
  return [{ ...notePoint(draft), message: MESSAGES.lateThankYou(days) }];
};

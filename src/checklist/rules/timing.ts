// too-early and late-thank-you: the two timing mistakes. Both need the interview and "now";
// without them they stay quiet.
import {
  type BusinessCalendar,
  type DateStyle,
  US_WITH_YEARS,
  WEEKENDS_ONLY,
  daysBetween,
  formatDay,
  todayOf,
} from '../../model/dates.js';
import type { FollowUpHold } from '../../model/follow-up-window.js';
import { followUpHoldFor, isFollowUp } from '../../model/schedule.js';
import { thankYouLapsed } from '../../model/contact-schedule.js';
import { daysSent } from '../../model/sent-log.js';
import type { Interview } from '../../model/types.js';
import { MESSAGES } from '../messages.js';
import type { RuleCheck } from '../types.js';
import { notePoint } from './content.js';

/**
 * Held for the note's own recipient (their thank-you, their follow-ups), on the days the schedule
 * gives them; without a recipient, only while nobody may be followed up yet. A thank-you not on
 * record counts as sent on the day it was due: the rule never holds a note day after day because
 * a thank-you went unrecorded (the schedule, which lists the thank-you first, still waits for it).
 */
function holdOf(interview: Interview, to: string | undefined, calendar: BusinessCalendar): FollowUpHold {
  const person = interview.interviewers.find((p) => p.name === to);
  if (person !== undefined) return followUpHoldFor(interview, person, calendar);
  const holds = interview.interviewers.map((p) => followUpHoldFor(interview, p, calendar));
  return holds.reduce((soonest, hold) => (hold.notBefore < soonest.notBefore ? hold : soonest));
}

/** Why the note is early, in the words of what it waits for. */
function earlyMessage(interview: Interview, hold: FollowUpHold, style: DateStyle): string {
  const day = formatDay(hold.notBefore, style);
  const words = interview.timeframe?.text ?? null;
  switch (hold.waitsFor) {
    case 'decision':
      return MESSAGES.tooEarly(words, day);
    case 'days-after-thank-you':
      return words === null ? MESSAGES.tooEarly(null, day) : MESSAGES.tooEarlyUndated(words, day);
    case 'thank-you':
      return MESSAGES.tooEarlyAfterThankYou(formatDay(hold.since, style), day);
    case 'unsent-thank-you':
      return MESSAGES.tooEarlyBeforeThankYou(day);
    case 'last-follow-up':
      return MESSAGES.tooEarlyAfterFollowUp(formatDay(hold.since, style), day);
  }
}

export const tooEarly: RuleCheck = (draft, context) => {
  const { interview, now } = context;
  if (!interview || !now || !isFollowUp(interview, context.kind)) return [];
  const today = todayOf(now);
  const hold = holdOf(interview, context.to, context.calendar ?? WEEKENDS_ONLY);
  if (today >= hold.notBefore) return [];
  const style = context.dateStyle ?? US_WITH_YEARS;
  // After a no or an offer there is nothing left to wait for: holding the note would be wrong advice.
  const { status, statusOn } = interview;
  const message =
    status === 'not-selected' || status === 'offer'
      ? MESSAGES.decisionMade(status, statusOn === undefined ? null : formatDay(statusOn, style))
      : earlyMessage(interview, hold, style);
  return [{ ...notePoint(draft), message }];
};

export const lateThankYou: RuleCheck = (draft, context) => {
  const { interview, now } = context;
  if (context.kind !== 'thank-you' || !interview || !now) return [];
  // Already on record for this person: the note went when it went (regen writes it again to
  // copy or quote it), and "send it anyway" about a note sent on the day would be wrong.
  if (context.to !== undefined && daysSent(interview, context.to, ['thank-you']).length > 0) return [];
  // Past its day with no address to send it to, the schedule leaves this thank-you out (too late
  // to ask for the address: src/model/contact-schedule.ts): "send it anyway" would contradict it.
  const person = interview.interviewers.find((each) => each.name === context.to);
  if (person !== undefined && thankYouLapsed(interview, person, todayOf(now))) return [];
  // The interview has a day, not a time: two calendar days later is surely past 24 hours.
  const days = daysBetween(interview.date, todayOf(now));
  if (days < 2) return [];
  return [{ ...notePoint(draft), message: MESSAGES.lateThankYou(days, context.spoken === true) }];
};

// What is due next for a saved interview, in one line the commands print, and the order that
// puts the most urgent interview first. The decisions are the schedule's (schedule.ts);
// this only words them.
import { type BusinessCalendar, type DateStyle, formatDay, todayOf } from './dates.js';
import { scheduleFor, type DueItem } from './schedule.js';
import type { Interview } from './types.js';
import { dueMessages as m } from './due-messages.js';

export interface Due extends DueItem {
  /** "follow-up to Priya Raghunathan: not before Monday, December 7". */
  readonly line: string;
}

export function describeItem(item: DueItem, today: string, style: DateStyle): string {
  const who = `${item.kind} to ${m.names(item.to)}`;
  switch (item.state) {
    case 'upcoming':
      return m.upcoming(who, formatDay(item.notBefore, style));
    case 'overdue':
      return m.overdue(who, formatDay(item.by ?? item.recommended, style));
    case 'due':
      if (item.by === today) return m.dueToday(who);
      if (item.by !== null) return m.dueBy(who, formatDay(item.by, style));
      return item.recommended > today ? m.dueBest(who, formatDay(item.recommended, style)) : m.dueNow(who);
  }
}

function firstItem(
  interview: Interview,
  now: Date,
  calendar: BusinessCalendar,
  style: DateStyle,
): { next: DueItem | null; done: string | null } {
  const { next, done } = scheduleFor(interview, now, calendar, style);
  return { next, done };
}

export function nextDue(interview: Interview, now: Date, calendar: BusinessCalendar, style: DateStyle): Due | null {
  const { next } = firstItem(interview, now, calendar, style);
  return next === null ? null : { ...next, line: describeItem(next, todayOf(now), style) };
}

/** Why nothing is due, when nothing is. */
export function doneReason(interview: Interview, now: Date, calendar: BusinessCalendar, style: DateStyle): string {
  return firstItem(interview, now, calendar, style).done ?? '';
}

/** Import's closing lines: what comes next and the command for it, or why nothing does. */
export function describeNext(interview: Interview, now: Date, calendar: BusinessCalendar, style: DateStyle): string {
  const { next, done } = firstItem(interview, now, calendar, style);
  if (next === null) return m.nothingNext(done ?? '');
  return m.next(describeItem(next, todayOf(now), style), next.why, interview.id);
}

const STATE_RANK = { overdue: 0, due: 1, upcoming: 2 } as const;

/** Overdue first, then due, then upcoming by the day it becomes due; nothing due last. Stable. */
export function byUrgency(
  interviews: readonly Interview[],
  now: Date,
  calendar: BusinessCalendar,
  style: DateStyle,
): Interview[] {
  const keyed = interviews.map((interview) => ({ interview, next: firstItem(interview, now, calendar, style).next }));
  return keyed
    .sort((a, b) => {
      if (a.next === null || b.next === null) return (a.next === null ? 1 : 0) - (b.next === null ? 1 : 0);
      return (
        STATE_RANK[a.next.state] - STATE_RANK[b.next.state] ||
        (a.next.state === 'upcoming' ? a.next.notBefore.localeCompare(b.next.notBefore) : 0) ||
        (a.next.by ?? '9999').localeCompare(b.next.by ?? '9999')
      );
    })
    .map(({ interview }) => interview);
}

// What an application still owes across its rounds. The latest round's schedule is the
// application's: its follow-ups and its outcome. An earlier round adds only the thank-yous it
// still owes: to someone met in it who was not thanked for it and not met again in a later round
// (that round's thank-you is the one they get), and only while the application waits for an
// answer (an offer, a no or a closed application ends them). Each item says its round.
import { foldName } from '../compose/words.js';
import { type BusinessCalendar, type DateStyle, compareDates } from './dates.js';
import { applications, roundOf } from './rounds.js';
import { type DueItem, scheduleFor } from './schedule.js';
import type { Interview } from './types.js';

export interface RoundItem extends DueItem {
  /** The saved interview the note belongs to: the id regen, sent and the calendar take. */
  readonly interview: Interview;
  /** Its round, when the application has more than one; null for an interview on its own. */
  readonly round: number | null;
}

export interface ApplicationSchedule {
  /** The application's rounds, oldest first; the last one's outcome and follow-ups count. */
  readonly rounds: readonly Interview[];
  /** Most urgent first. */
  readonly items: readonly RoundItem[];
  readonly next: RoundItem | null;
  /** Why nothing more is due, when nothing is. */
  readonly done: string | null;
}

const STATE_RANK = { overdue: 0, due: 1, upcoming: 2 } as const;

/** Most urgent first: overdue, then due, then upcoming by the day it becomes due; null last. */
export function compareNext(a: DueItem | null, b: DueItem | null): number {
  if (a === null || b === null) return (a === null ? 1 : 0) - (b === null ? 1 : 0);
  return (
    STATE_RANK[a.state] - STATE_RANK[b.state] ||
    (a.state === 'upcoming' ? compareDates(a.notBefore, b.notBefore) : 0) ||
    compareDates(a.by ?? '9999', b.by ?? '9999')
  );
}

/** The thank-yous `round` still owes, to people none of the `later` rounds met or thanked. */
function owedThankYous(
  round: Interview,
  later: readonly Interview[],
  now: Date,
  calendar: BusinessCalendar,
  style: DateStyle,
): DueItem[] {
  const seenLater = new Set(
    later.flatMap((next) => [
      ...next.interviewers.map((person) => foldName(person.name)),
      ...next.sent.filter((entry) => entry.kind === 'thank-you').map((entry) => foldName(entry.to)),
    ]),
  );
  return scheduleFor(round, now, calendar, style).items.flatMap((item) => {
    if (item.kind !== 'thank-you') return [];
    const to = item.to.filter((name) => !seenLater.has(foldName(name)));
    return to.length > 0 ? [{ ...item, to }] : [];
  });
}

/** `rounds`: one application's saved rounds, oldest first (as `applications` groups them). */
export function applicationSchedule(
  rounds: readonly Interview[],
  now: Date,
  calendar: BusinessCalendar,
  style: DateStyle,
): ApplicationSchedule {
  const latest = rounds.at(-1)!;
  const label = (interview: Interview) => (rounds.length > 1 ? roundOf(interview) : null);
  const own = scheduleFor(latest, now, calendar, style);
  const earlier =
    latest.status === 'waiting'
      ? rounds
          .slice(0, -1)
          .flatMap((round, i) =>
            owedThankYous(round, rounds.slice(i + 1), now, calendar, style).map(
              (item): RoundItem => ({ ...item, interview: round, round: label(round) }),
            ),
          )
      : [];
  const items = [...earlier, ...own.items.map((item): RoundItem => ({ ...item, interview: latest, round: label(latest) }))];
  // A stable sort on urgency and day alone keeps the latest round's own order among its items.
  items.sort((a, b) => STATE_RANK[a.state] - STATE_RANK[b.state] || compareDates(a.recommended, b.recommended));
  return { rounds, items, next: items[0] ?? null, done: items.length > 0 ? null : own.done };
}

/**
 * The step `next` starts: it and every item of the same round due on the same days, in the
 * schedule's order, so a line about the next step names everyone in it (the follow-up e-mails
 * and the follow-up call to someone who phoned are two items with one window).
 */
export function stepWith<T extends DueItem>(next: T, items: readonly T[]): T[] {
  const round = (item: T) => ('interview' in item ? item.interview : null);
  return items.filter(
    (item) =>
      item === next ||
      (round(item) === round(next) &&
        item.state === next.state &&
        item.notBefore === next.notBefore &&
        item.recommended === next.recommended &&
        item.by === next.by),
  );
}

/**
 * The other steps that are due or overdue beside the one `next` starts, each as its own step, in
 * the schedule's order: an overdue call must not hide the e-mails that fell due after it.
 */
export function stepsDueBeside<T extends DueItem>(next: T, items: readonly T[]): T[][] {
  const shown = new Set<T>(stepWith(next, items));
  const steps: T[][] = [];
  for (const item of items) {
    if (shown.has(item) || item.state === 'upcoming') continue;
    const step = stepWith(item, items).filter((each) => !shown.has(each));
    for (const each of step) shown.add(each);
    steps.push(step);
  }
  return steps;
}

/** Every application among `interviews`, the one with the most urgent next step first. Stable. */
export function applicationSchedules(
  interviews: readonly Interview[],
  now: Date,
  calendar: BusinessCalendar,
  style: DateStyle,
): ApplicationSchedule[] {
  return applications(interviews)
    .map((rounds) => applicationSchedule(rounds, now, calendar, style))
    .sort((a, b) => compareNext(a.next, b.next));
}

// What `status` and `sent` take: an outcome, a day that has passed (--on), a person (--told-by).
import { closest } from '../model/closest.js';
import { formatDay, todayOf } from '../model/dates.js';
import { parseInterviewDate } from '../model/interview-date.js';
import { STATUSES, type Interview, type IsoDate, type Status } from '../model/types.js';
import { validatePersonName } from '../model/validate.js';
import { foldName } from '../compose/words.js';
import { tellers } from '../model/outcome.js';
import { UsageError } from './errors.js';
import { outcomeMessages as m } from './outcome-messages.js';

export function parseStatus(typed: string, id: string): Status {
  const word = typed
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  const status = STATUSES.find((known) => known === word || known.replace('-', '') === word.replace('-', ''));
  if (status) return status;
  throw new UsageError(m.unknownStatus(typed, closest(word, STATUSES)), m.statusTry(id));
}

/** The day `--on` names (today when absent); never in the future, never before the interview. */
export function parseDay(typed: string | undefined, interview: Interview, now: Date, flag = '--on'): IsoDate {
  if (typed === undefined) return todayOf(now);
  const day = parseInterviewDate(typed, now);
  if (day === null) throw new UsageError(m.badDay(flag, typed), m.badDayTry(flag));
  if (day < interview.date)
    throw new UsageError(m.beforeInterview(flag, formatDay(day), formatDay(interview.date)), m.badDayTry(flag));
  return day;
}

/** The instant recorded for a day: now when it is today, else noon of that day. */
export function instantOf(day: IsoDate, now: Date): string {
  return day === todayOf(now) ? now.toISOString() : new Date(`${day}T12:00:00`).toISOString();
}

/** An interviewer's or the recruiter's saved name when `typed` names one (first name is enough), else the name as typed. */
export function personNamed(typed: string, interview: Interview): string {
  const wanted = foldName(typed);
  const people = tellers(interview);
  const exact = people.filter((name) => foldName(name) === wanted);
  const byFirst = people.filter((name) => foldName(name).split(' ')[0] === wanted);
  const found = exact.length === 1 ? exact : byFirst;
  if (found.length === 1) return found[0]!;
  const problem = validatePersonName(typed.trim());
  if (problem !== undefined) throw new UsageError(m.badName(problem));
  return typed.trim();
}

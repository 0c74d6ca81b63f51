// What is due next for a saved interview, in one line the commands print, and the order that
// puts the most urgent interview first. The decisions are the schedule's (schedule.ts);
// this only words them.
import { type BusinessCalendar, type DateStyle, daysBetween, formatDay, todayOf } from './dates.js';
import { doneLabel, kindStep } from './note-kinds.js';
import { scheduleFor, type DueItem } from './schedule.js';
import { shellQuote } from './command-line.js';
import { type ApplicationSchedule, compareNext, type RoundItem, stepWith } from './round-schedule.js';
import { answerMedium } from './answer-medium.js';
import type { Interview, Interviewer, NoteKind } from './types.js';
import { dueMessages as m } from './due-messages.js';

/**
 * The step of `kind` to this person is a call: a thank-you (or the thanks after a no) to someone
 * who phoned, or keeping in touch with someone there is only a number for (the notes are written
 * so too: src/compose/recipients.ts).
 */
const isCall = (kind: NoteKind, person: Interviewer | undefined): boolean =>
  person !== undefined &&
  (kind === 'stay-in-touch' ? !person.email?.trim() && Boolean(person.phone?.trim()) : answerMedium(person) === 'phone');

/** The kinds whose step to someone may be a call or a note, person by person. */
const EITHER: ReadonlySet<NoteKind> = new Set(['thank-you', 'not-selected', 'stay-in-touch']);

/** Whether the item's people are called or written to one by one (a go-between's stay-in-touch notes are all written). */
const perPerson = (item: DueItem | RoundItem): item is RoundItem =>
  'interview' in item && EITHER.has(item.kind) && !(item.kind === 'stay-in-touch' && item.via !== undefined);

export interface Due extends DueItem {
  /** "follow-up to Priya Raghunathan: not before Monday, December 7". */
  readonly line: string;
}

/**
 * Whether what is owed is a call: a voicemail, or (when the item says its interview, as the
 * application's items do) a thank-you, or the thanks after a no, to people who all only phoned.
 */
function owedOf(item: DueItem | RoundItem): 'call' | 'note' | 'both' {
  if (item.kind === 'voicemail') return 'call';
  if (!perPerson(item)) return 'note';
  const { interviewers } = item.interview;
  const calls = item.to.filter((name) =>
    isCall(
      item.kind,
      interviewers.find((person) => person.name === name),
    ),
  );
  return calls.length === 0 ? 'note' : calls.length === item.to.length ? 'call' : 'both';
}

// A career coach's reading of a follow-up never sent: up to two weeks late it is simply late
// (send it today); after that, a note asking about the timeline reads odd, but one short note
// saying you are still interested is still worth sending; past eight weeks of silence the role
// is most likely filled, and a stay-in-touch note keeps the door open without asking for news.
const LONG_OVERDUE_DAYS = 14;
const STALE_OVERDUE_DAYS = 56;

/** `round`: the round the item belongs to, said when the application has more than one. */
export function describeItem(item: DueItem | RoundItem, today: string, style: DateStyle, round: number | null = null): string {
  return describeStep([item], today, style, round);
}

/**
 * One step of several items due on the same days (as `stepWith` in round-schedule.ts gathers
 * them), in one line that names everyone in it: "follow-up to Priya Raghunathan and follow-up
 * call to Sam Ortiz: not before Monday, December 7". The first item's timing is the line's.
 */
export function describeStep(
  step: readonly (DueItem | RoundItem)[],
  today: string,
  style: DateStyle,
  round: number | null = null,
): string {
  const first = step[0]!;
  const parts = sameKindTogether(step).map((item) => `${stepTo(item)}${item.via === undefined ? '' : m.through(item.via)}`);
  // A part with a list of names of its own takes a comma before the next: "A, B and C, and ...".
  const listed =
    sameKindTogether(step)
      .slice(0, -1)
      .some((item) => item.to.length > 1) || parts.length > 2;
  const who = `${parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')}${listed ? ', and ' : ' and '}${parts.at(-1)!}`}${round === null ? '' : m.ofRound(round)}`;
  const owed = new Set(step.map(owedOf));
  const lacking = step
    .filter((item) => item.noAddress !== undefined)
    .map((item) => m.noAddressYet(item.noAddress!, item.kind === 'voicemail'))
    .join('');
  return whenDue(first, who, today, style, owed.size === 1 ? [...owed][0]! : 'both') + lacking;
}

/**
 * Whom the step is for, as a step: a thank-you (or the thanks after a no) to someone who reached
 * you only by phone is a call, and the line says so beside the notes to write ("thank-you to
 * Priya Raghunathan and thank-you call to Sam Ortiz"), so a call is never read as a mail.
 */
function stepTo(item: DueItem | RoundItem): string {
  if (!perPerson(item)) return `${kindStep(item.kind)} to ${m.names(item.to)}`;
  const spoken = doneLabel(item.kind, true).replace(/^the /, '');
  const { interviewers } = item.interview;
  const calls = item.to.filter((name) =>
    isCall(
      item.kind,
      interviewers.find((person) => person.name === name),
    ),
  );
  const notes = item.to.filter((name) => !calls.includes(name));
  // Beside the note, a call whose name ends as the note's does ("thanks after the decision" and
  // "call after the decision") is "a call", so the line does not say "after the decision" twice.
  const lastWord = (words: string) => words.split(' ').at(-1);
  // So is the stay-in-touch call beside the note: "stay-in-touch note to Priya and a call to Sam"
  // says "stay in touch" once. "Thank-you call" is what a call of thanks is called, so it stays.
  const firstWord = (words: string) => words.split(' ')[0];
  const repeats =
    lastWord(spoken) === lastWord(kindStep(item.kind)) ||
    (item.kind !== 'thank-you' && firstWord(spoken) === firstWord(kindStep(item.kind)));
  const call = notes.length > 0 && repeats ? m.aCall : spoken;
  // A list of names of its own takes a comma before the second part: "A, B and C, and ...".
  return [
    ...(notes.length > 0 ? [`${kindStep(item.kind)} to ${m.names(notes)}`] : []),
    ...(calls.length > 0 ? [`${call} to ${m.names(calls)}`] : []),
  ].join(notes.length > 1 ? ', and ' : ' and ');
}

/** Items of one kind through one route as one, in the order they come: "thanks after the decision to Dana and Priya". */
function sameKindTogether<T extends DueItem | RoundItem>(step: readonly T[]): T[] {
  const merged: T[] = [];
  for (const item of step) {
    const at = merged.findIndex((other) => other.kind === item.kind && other.via === item.via);
    if (at === -1) merged.push(item);
    else merged[at] = { ...merged[at]!, to: [...merged[at]!.to, ...item.to] };
  }
  return merged;
}

function whenDue(
  item: DueItem | RoundItem,
  who: string,
  today: string,
  style: DateStyle,
  owed: 'call' | 'note' | 'both',
): string {
  switch (item.state) {
    case 'upcoming':
      return m.upcoming(who, formatDay(item.notBefore, style));
    case 'overdue': {
      const since = item.by ?? item.recommended;
      const late = daysBetween(since, today);
      const chase = item.kind === 'follow-up' || item.kind === 'voicemail';
      if (chase && late > STALE_OVERDUE_DAYS) return m.staleOverdue(who, formatDay(since, style), Math.floor(late / 7));
      if (chase && late > LONG_OVERDUE_DAYS)
        return m.longOverdue(who, formatDay(since, style), Math.floor(late / 7), owed === 'call');
      return m.overdue(who, formatDay(since, style), owed);
    }
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
  // With its interview, so a call owed is worded as a call.
  return next === null ? null : { ...next, line: describeItem({ ...next, interview, round: null }, todayOf(now), style) };
}

/**
 * Import's closing lines: what the application needs next and the command for it, or why
 * nothing is due. A thank-you an earlier round still owes names its round and its person.
 */
export function describeNext(plan: ApplicationSchedule, now: Date, style: DateStyle): string {
  const { next, done, rounds, items } = plan;
  if (next === null) return done ?? '';
  const line = describeStep(stepWith(next, items), todayOf(now), style, next.round);
  if (next.interview === rounds.at(-1)) return m.next(line, next.why, `followup-coach regen ${next.interview.id}`);
  return m.next(line, next.why, `followup-coach regen ${next.interview.id} --kind ${next.kind} --to ${shellQuote(next.to[0]!)}`);
}

/** Overdue first, then due, then upcoming by the day it becomes due; nothing due last. Stable. */
export function byUrgency(
  interviews: readonly Interview[],
  now: Date,
  calendar: BusinessCalendar,
  style: DateStyle,
): Interview[] {
  const keyed = interviews.map((interview) => ({ interview, next: firstItem(interview, now, calendar, style).next }));
  return keyed.sort((a, b) => compareNext(a.next, b.next)).map(({ interview }) => interview);
}

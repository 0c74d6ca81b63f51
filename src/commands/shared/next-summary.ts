// What comes next for an interview after a change, as a line for people and a record for --json:
// for its whole application when the saved rounds are given (src/model/round-schedule.ts).
import { type BusinessCalendar, type DateStyle, todayOf } from '../../model/dates.js';
import { describeStep } from '../../model/due.js';
import { applicationSchedule, stepsDueBeside, stepWith } from '../../model/round-schedule.js';
import { roundsOfApplication } from '../../model/rounds.js';
import type { Interview } from '../../model/types.js';
import { sharedMessages as m } from './messages.js';

export interface NextSummary {
  readonly line: string;
  readonly json: {
    readonly next: {
      readonly kind: string;
      readonly to: readonly string[];
      readonly recommended: string;
      readonly state: string;
      readonly text: string;
    } | null;
    readonly done: string | null;
  };
}

/** `saved`: the saved interviews, so that a thank-you an earlier round still owes is counted too. */
export function nextSummary(
  interview: Interview,
  now: Date,
  calendar: BusinessCalendar,
  style: DateStyle,
  saved: readonly Interview[] = [],
): NextSummary {
  const { next, done, items } = applicationSchedule(roundsOfApplication(saved, interview), now, calendar, style);
  // `done` is a whole sentence ("You have an offer: nothing more to send ..."): said as it is.
  if (next === null) return { line: done ?? '', json: { next: null, done } };
  // Everyone the step is due to, also those in an item of its own (a follow-up call).
  const text = describeStep(stepWith(next, items), todayOf(now), style, next.round);
  // Every other step due beside it, as list says it: an overdue call must not hide the e-mail
  // that fell due after it (a trial's `sent` named only the call).
  const beside = stepsDueBeside(next, items).map((step) => m.alsoDue(describeStep(step, todayOf(now), style, step[0]!.round)));
  return {
    line: [m.next(text), ...beside].join('\n'),
    json: { next: { kind: next.kind, to: next.to, recommended: next.recommended, state: next.state, text }, done: null },
  };
}

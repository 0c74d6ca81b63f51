// What `regen ID` writes when no --kind is given: the first note due now, for the first person
// still waiting for it (someone who already has theirs is never written to twice). With --to,
// the first note due for that person. --json and --out hand over every note due now in that
// note's round, of every kind (the follow-up e-mails and the follow-up calls beside them). The steps are the application's across its rounds, as
// `list` shows them (src/model/round-schedule.ts): the named round's own first, then the
// application's, so an earlier round's id after a later round gives what the application owes
// now, from the round it belongs to, never a follow-up or a thank-you that round no longer owes.
// Nothing due now is an answer too: what comes next and when, so regen copies and records
// nothing early.
import { ComposeError } from '../../compose/errors.js';
import { messages as composeMessages } from '../../compose/messages.js';
import { matchName, peopleOf } from '../../compose/match-name.js';
import type { BusinessCalendar, DateStyle } from '../../model/dates.js';
import { applicationSchedule, type RoundItem, stepWith } from '../../model/round-schedule.js';
import { roundsOfApplication } from '../../model/rounds.js';
import type { Interview, NoteKind } from '../../model/types.js';

export type DueChoice =
  | {
      readonly kind: 'write';
      readonly item: RoundItem;
      readonly person: string;
      /** `item` and every other step due now in its round (to the person --to named), in the schedule's order: what --json and --out hand over. */
      readonly dueNow: readonly RoundItem[];
    }
  | {
      readonly kind: 'nothing';
      readonly next: RoundItem | null;
      /** `next` and, when no --to named one person, the items due with it (round-schedule.ts, stepWith). */
      readonly step: readonly RoundItem[];
      readonly done: string | null;
      /** The person --to named, when it named one. */
      readonly person: string | null;
    };

/** The person `to` names among the rounds' people (the named round's first), or null when it names nobody. */
function personNamed(interview: Interview, rounds: readonly Interview[], to: string): string | null {
  const all = [interview, ...rounds.filter((round) => round !== interview)]
    .flatMap(peopleOf)
    .filter((person, index, people) => people.findIndex((other) => other.name === person.name) === index);
  const match = matchName(all, to);
  if (match.kind === 'ambiguous') {
    throw new ComposeError(
      composeMessages.ambiguousRecipient(
        to,
        match.indexes.map((index) => all[index]!.name),
      ),
    );
  }
  return match.kind === 'found' ? all[match.indexes[0]!]!.name : null;
}

/** `saved`: the saved interviews, so the choice spans the application's rounds. */
export function dueChoice(
  interview: Interview,
  now: Date,
  calendar: BusinessCalendar,
  style: DateStyle,
  to?: string,
  saved: readonly Interview[] = [],
): DueChoice {
  const rounds = roundsOfApplication(saved, interview);
  const plan = applicationSchedule(rounds, now, calendar, style);
  const items = [
    ...plan.items.filter((item) => item.interview.id === interview.id),
    ...plan.items.filter((item) => item.interview.id !== interview.id),
  ];
  const person = to === undefined ? undefined : personNamed(interview, rounds, to);
  const theirs = person ? items.filter((item) => item.to.includes(person)) : items;
  const due = theirs.find((item) => item.state !== 'upcoming');
  if (due) {
    const dueNow = theirs.filter((item) => item.state !== 'upcoming' && item.interview === due.interview);
    return { kind: 'write', item: due, person: person ?? due.to[0]!, dueNow };
  }
  // `to` that names nobody: the first due note, so compose can say who does receive it.
  if (to !== undefined && person === null) {
    const first = items.find((item) => item.state !== 'upcoming');
    if (first) return { kind: 'write', item: first, person: first.to[0]!, dueNow: [first] };
  }
  const next = theirs.find((item) => item.state === 'upcoming') ?? null;
  return {
    kind: 'nothing',
    next,
    step: next === null ? [] : person ? [next] : stepWith(next, theirs),
    done: theirs.length === 0 ? plan.done : null,
    person: person ?? null,
  };
}

/**
 * --kind: the step of that kind for `to` when the schedule has it only ahead (a stay-in-touch
 * note months away), so regen can say when it is due; null when it is due now, or not on the
 * schedule at all (sent, or not owed).
 */
export function upcomingStep(
  interview: Interview,
  kind: NoteKind,
  to: string,
  now: Date,
  calendar: BusinessCalendar,
  style: DateStyle,
  saved: readonly Interview[] = [],
): RoundItem | null {
  const plan = applicationSchedule(roundsOfApplication(saved, interview), now, calendar, style);
  const steps = plan.items.filter((item) => item.kind === kind && item.to.includes(to));
  if (steps.some((item) => item.state !== 'upcoming')) return null;
  return steps[0] ?? null;
}

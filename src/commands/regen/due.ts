// What `regen ID` writes when no --kind is given: the first note the schedule says is due now,
// for the first person still waiting for it (someone who already has theirs is never written to
// twice). With --to, the first note due for that person. Nothing due now is an answer too: what
// comes next and when, so regen copies and records nothing early.
import { ComposeError } from '../../compose/errors.js';
import { messages as composeMessages } from '../../compose/messages.js';
import { matchName, peopleOf } from '../../compose/match-name.js';
import type { BusinessCalendar, DateStyle } from '../../model/dates.js';
import { scheduleFor, type DueItem } from '../../model/schedule.js';
import type { Interview } from '../../model/types.js';

export type DueChoice =
  | { readonly kind: 'write'; readonly item: DueItem; readonly person: string }
  | {
      readonly kind: 'nothing';
      readonly next: DueItem | null;
      readonly done: string | null;
      /** The person --to named, when it named one. */
      readonly person: string | null;
    };

/** The person `to` names, or null when it names nobody (compose then says who receives what). */
function personNamed(interview: Interview, to: string): string | null {
  const all = peopleOf(interview);
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

export function dueChoice(interview: Interview, now: Date, calendar: BusinessCalendar, style: DateStyle, to?: string): DueChoice {
  const { items, done } = scheduleFor(interview, now, calendar, style);
  const person = to === undefined ? undefined : personNamed(interview, to);
  const theirs = person ? items.filter((item) => item.to.includes(person)) : items;
  const due = theirs.find((item) => item.state !== 'upcoming');
  if (due) return { kind: 'write', item: due, person: person ?? due.to[0]! };
  // `to` that names nobody: the first due note, so compose can say who does receive it.
  if (to !== undefined && person === null) {
    const first = items.find((item) => item.state !== 'upcoming');
    if (first) return { kind: 'write', item: first, person: first.to[0]! };
  }
  return {
    kind: 'nothing',
    next: theirs.find((item) => item.state === 'upcoming') ?? null,
    done: theirs.length === 0 ? done : null,
    person: person ?? null,
  };
}

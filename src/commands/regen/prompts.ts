// `regen` without an id, on a terminal: pick the interview, the note and the person with
// @inquirer/select (loaded only here), defaulting to what is due next in the application, across
// its rounds, as `list` and `regen ID` say it (due.ts). Ctrl-C is a clean cancel (exit 130),
// never a stack trace.
import { composeNotes, kindsFor } from '../../compose/compose.js';
import { type BusinessCalendar, type DateStyle, formatDay, todayOf } from '../../model/dates.js';
import { dateStyleFor } from '../../model/date-style.js';
import { calendarFor } from '../../model/holidays.js';
import type { Interview, Note, NoteKind } from '../../model/types.js';
import type { CommandContext } from '../../cli/context.js';
import { describeItem } from '../../model/due.js';
import { compareNext, type RoundItem } from '../../model/round-schedule.js';
import { CancelledError } from '../../cli/errors.js';
import { kindLabel } from '../../model/note-kinds.js';
import { messages } from './messages.js';
import { dueChoice } from './due.js';
import { asRecorded, withoutLaterEdits } from './sent-notes.js';

export interface SelectChoice<V> {
  readonly value: V;
  readonly name: string;
  readonly description?: string;
}

/** The shape of @inquirer/prompts' `select`, injected so tests can answer without a terminal. */
export type Select = <V>(config: { message: string; choices: readonly SelectChoice<V>[]; default?: V }) => Promise<V>;

export interface Choice {
  readonly interview: Interview;
  readonly notes: readonly Note[];
  readonly note: Note;
}

/**
 * What the application of `interview` owes next (due now, else the next step), across its rounds
 * in `saved`, the named round's own first: what `regen ID` would write (due.ts).
 */
function dueIn(
  interview: Interview,
  saved: readonly Interview[],
  now: Date,
  calendar: BusinessCalendar,
  style: DateStyle,
): RoundItem | null {
  const choice = dueChoice(interview, now, calendar, style, undefined, saved);
  return choice.kind === 'write' ? choice.item : choice.next;
}

export async function chooseInteractively(
  context: CommandContext,
  interviews: readonly Interview[],
  asked: { readonly kind: NoteKind | undefined; readonly to: string | undefined },
  select?: Select,
): Promise<Choice> {
  const ask = select ?? (await inquirerSelect(context));
  try {
    const now = context.now();
    const calendar = calendarFor(context.env);
    const dateStyle = dateStyleFor(context.env, now);
    const today = todayOf(now);
    const owed = new Map(interviews.map((each) => [each, dueIn(each, interviews, now, calendar, dateStyle)]));
    // Most urgent first; stable, so equals keep the store's order.
    const sorted = [...interviews].sort((a, b) => compareNext(owed.get(a) ?? null, owed.get(b) ?? null));
    const interview =
      sorted.length === 1
        ? sorted[0]!
        : await ask({
            message: messages.pickInterview,
            choices: sorted.map((each) => {
              const item = owed.get(each) ?? null;
              return {
                value: each,
                name: `${each.company}, ${each.role} (${formatDay(each.date, dateStyle)})`,
                description: item === null ? each.id : describeItem(item, today, dateStyle, item.round),
              };
            }),
          });
    // The hint is for a note of this round: what another round owes is written from that round.
    const item = owed.get(interview) ?? null;
    const due = item !== null && item.interview.id === interview.id ? item : null;
    const kinds = kindsFor(interview);
    const kind =
      asked.kind ??
      (await ask({
        message: messages.pickKind,
        choices: kinds.map((each) => ({
          value: each,
          name: due?.kind === each ? `${kindLabel(each)} (${messages.dueHint(due.state !== 'upcoming')})` : kindLabel(each),
        })),
        ...(due && kinds.includes(due.kind) ? { default: due.kind } : {}),
      }));
    // A note already sent as it went (sent-notes.ts).
    const composed = composeNotes(withoutLaterEdits(interview, dateStyle.today), kind, {
      to: asked.to,
      dateStyle,
      saved: interviews,
    });
    const notes = asRecorded(composed, interview);
    // The first person still waiting for the note due next is preselected; nobody gets it twice by accident.
    const waiting = due?.kind === kind ? notes.find((each) => due.to.includes(each.to)) : undefined;
    const note =
      notes.length === 1
        ? notes[0]!
        : await ask({
            message: messages.pickPerson,
            choices: notes.map((each) => ({
              value: each,
              name: each.to,
              ...(each.address ? { description: each.address } : {}),
            })),
            ...(waiting ? { default: waiting } : {}),
          });
    return { interview, notes, note };
  } catch (error) {
    if (error instanceof Error && error.name === 'ExitPromptError') throw new CancelledError(messages.cancelled);
    throw error;
  }
}

/** @inquirer/select on the command's terminal. */
export async function inquirerSelect(context: CommandContext): Promise<Select> {
  // The one prompt of @inquirer/prompts used here, from its own package: the whole set would
  // bring its editor's character-set tables (1 MB) into the bundles.
  const { default: select } = await import('@inquirer/select');
  const io = { input: context.stdin, output: context.stdout };
  return (config) => select(config, io) as never;
}

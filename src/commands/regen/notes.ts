// The notes regen hands over: those of the kind asked for, or without --kind the first note due
// now (due.ts decides which), and when nothing is due an error that says what comes next
// and when, so nothing is copied or recorded early. A note already sent is handed over as it
// went out (sent-notes.ts).
import { isSpoken } from '../../model/spoken.js';
import { dateStyleFor } from '../../model/date-style.js';
import { calendarFor } from '../../model/holidays.js';
import { composeNotes, kindsFor } from '../../compose/compose.js';
import { type DateStyle, todayOf } from '../../model/dates.js';
import type { RoundItem } from '../../model/round-schedule.js';
import type { Interview, Note, NoteKind } from '../../model/types.js';
import type { CommandContext } from '../../cli/context.js';
import { describeItem, describeStep } from '../../model/due.js';
import { CliError, UsageError } from '../../cli/errors.js';
import { ruledOutBy } from '../../model/outcome.js';
import { roundOf, roundsOfApplication } from '../../model/rounds.js';
import { matchName, peopleOf } from '../../compose/match-name.js';
import { entriesFor } from '../../model/sent-log.js';
import { messages } from './messages.js';
import { dueChoice } from './due.js';
import { asRecorded, withoutLaterEdits } from './sent-notes.js';
import { shownRecipient } from '../../model/via.js';

export interface Chosen {
  /** The round the notes belong to: the one named, or another round of its application. */
  readonly interview: Interview;
  /** The notes --json and --out hand over; `picked` is the one copied or printed. */
  readonly notes: readonly Note[];
  readonly picked: Note;
  /** The rest, each a command away. */
  readonly others: readonly Note[];
}

/**
 * --kind follow-up (or its call, voicemail) with an earlier round's id: the application's latest
 * round, whose follow-ups replace that round's (README, "Rounds"): asking after the decision as if
 * the later meeting never happened would read wrong to someone met again since. Null when
 * `interview` is the latest round, when the kind is no follow-up, or when --to names nobody of the
 * latest round (someone met only earlier keeps their own round's note).
 */
export function laterRoundFor(
  interview: Interview,
  kind: NoteKind,
  to: string | undefined,
  saved: readonly Interview[],
): Interview | null {
  if (kind !== 'follow-up' && kind !== 'voicemail') return null;
  const latest = roundsOfApplication(saved, interview).at(-1);
  if (latest === undefined || latest.id === interview.id) return null;
  if (to !== undefined && matchName(peopleOf(latest), to).kind !== 'found') return null;
  return latest;
}

/**
 * The note a mail draft or link is for when --to named nobody: a call script has no mail to
 * write, so the first written note not sent yet stands in for a call script that the panel's
 * order put first. With every written note sent, the call script stays, and the draft or link
 * says why there is none for it (not that everything went: the call is still to make).
 */
function writtenFirst(interview: Interview, notes: readonly Note[], picked: Note): Note {
  if (!isSpoken(picked)) return picked;
  const written = notes.filter((note) => !isSpoken(note));
  return written.find((note) => entriesFor(interview.sent, note).length === 0) ?? picked;
}

/**
 * --kind: every note of that kind (or --to's); the one copied is the first not sent yet, so nobody
 * gets theirs twice by accident. `mailed` (--mailto, --eml): a written note before a call script.
 */
export function askedNotes(
  interview: Interview,
  kind: NoteKind,
  to: string | undefined,
  dateStyle: DateStyle,
  saved: readonly Interview[] = [],
  mailed = false,
): Chosen {
  const notes = asRecorded(
    composeNotes(withoutLaterEdits(interview, dateStyle.today), kind, { to, dateStyle, saved }),
    interview,
  );
  const unsent = notes.find((note) => entriesFor(interview.sent, note).length === 0);
  const first = to === undefined && unsent ? unsent : notes[0]!;
  const picked = mailed && to === undefined ? writtenFirst(interview, notes, first) : first;
  // After an offer a note that asks to be considered or chases an answer reads wrong; one that
  // went out before it can still be read again.
  const wentOut = entriesFor(interview.sent, picked).length > 0;
  if (ruledOutBy(interview.status, kind) && !wentOut)
    throw new UsageError(messages.afterOffer(kind, interview.toldBy), messages.afterOfferTry(interview.id));
  return { interview, notes, picked, others: notes.filter((note) => note !== picked) };
}

/**
 * Without --kind: the first note due now in the application, to the first person still waiting
 * for it (due.ts), and the user hears which and why, and which round it belongs to when that is
 * not the one named. Nothing due now ends the command having copied nothing. `every` (--json,
 * --out): the notes are every note due now in that round, of every kind, not only the first's.
 */
export function dueNotes(
  context: CommandContext,
  interview: Interview,
  to: string | undefined,
  sayWhich: boolean,
  saved: readonly Interview[] = [],
  mailed = false,
  every = false,
): Chosen {
  const now = context.now();
  const dateStyle = dateStyleFor(context.env, now);
  const choice = dueChoice(interview, now, calendarFor(context.env), dateStyle, to, saved);
  if (choice.kind === 'nothing')
    throw nothingDueError(interview, choice.person, choice.next, choice.step, choice.done, now, dateStyle);
  const { item, person, dueNow } = choice;
  // The note of another round (an earlier round's id, whose steps the later round took over):
  // said whatever the output, since the note and what it records belong to that round.
  if (item.interview.id !== interview.id)
    context.stderr.write(`${messages.otherRound(interview.id, item.round ?? 1, item.interview.id)}\n`);
  // --to: that person's note (compose says who does receive it when --to names nobody who does).
  const all = asRecorded(
    composeNotes(withoutLaterEdits(item.interview, dateStyle.today), item.kind, { to, dateStyle, saved }),
    item.interview,
  );
  const due = to === undefined ? all.filter((note) => item.to.includes(note.to)) : all;
  const notes = due.length > 0 ? due : all;
  const first = notes.find((note) => note.to === person) ?? notes[0]!;
  const picked = mailed && to === undefined ? writtenFirst(item.interview, notes, first) : first;
  if (every) {
    // Every note due now in the round, each kind once, in the schedule's order: the first step's notes first.
    const kinds = [...new Set(dueNow.map((step) => step.kind))].filter((kind) => kind !== item.kind);
    const rest = kinds.flatMap((kind) => {
      const owed = new Set(dueNow.filter((step) => step.kind === kind).flatMap((step) => step.to));
      return asRecorded(
        composeNotes(withoutLaterEdits(item.interview, dateStyle.today), kind, { to, dateStyle, saved }),
        item.interview,
      ).filter((note) => owed.has(note.to));
    });
    const handed = [...notes, ...rest];
    return { interview: item.interview, notes: handed, picked, others: handed.filter((note) => note !== picked) };
  }
  // With --json the choice is visible in the output; elsewhere say it, on stderr so pipes stay clean.
  if (sayWhich)
    context.stderr.write(
      `${messages.chose(item.kind, isSpoken(picked), shownRecipient(picked), describeItem(item, todayOf(now), dateStyle, item.round))}\n`,
    );
  return { interview: item.interview, notes, picked, others: notes.filter((note) => note !== picked) };
}

/** Nothing is due now: said on stderr, exit 1 (with --json, after an empty list on stdout). */
export class NothingDueError extends CliError {}

function nothingDueError(
  interview: Interview,
  who: string | null,
  next: RoundItem | null,
  step: readonly RoundItem[],
  done: string | null,
  now: Date,
  dateStyle: DateStyle,
) {
  if (next === null) {
    // After an offer (or the end), what is left is the thank-you to read again, not a kind to write.
    const ended = interview.status === 'offer' || interview.status === 'closed';
    return new NothingDueError(
      messages.nothingDue(interview.id, who, done),
      ended ? messages.afterOfferTry(interview.id) : messages.nothingDueTry(interview.id, kindsFor(interview)),
    );
  }
  const line = describeStep(step, todayOf(now), dateStyle, next.round);
  const said =
    next.interview.id === interview.id
      ? messages.notDueYet(interview.id, who, line, next.why)
      : messages.notDueInRound(interview.id, who, roundOf(next.interview), line, next.why);
  return new NothingDueError(said, messages.notDueYetTry(next.interview.id, next.kind, next.to[0]!));
}

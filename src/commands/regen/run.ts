// `followup-coach regen [ID]`: rebuild notes from a saved interview and copy one, or print them,
// write them to files, or hand them over as JSON. Only a note that reached the clipboard (or the
// terminal's) is recorded as sent, because only then can the user have pasted it. Without an id
// on a terminal, the note is picked with prompts and copied through the review core
// (interactive.ts).
import { showLine, showText } from '../../cli/terminal-text.js';
import { parseCommand } from '../../cli/args.js';
import { REGEN_HELP } from './help.js';
import type { CommandContext } from '../../cli/context.js';
import { CliError, EXIT, UsageError } from '../../cli/errors.js';
import { findInterview } from '../shared/find-interview.js';
import { parseKind } from '../shared/kind-arg.js';
import { messages } from './messages.js';
import { printNotices } from '../shared/notices.js';
import { askedNotes, dueNotes, laterRoundFor, NothingDueError } from './notes.js';
import { roundOf } from '../../model/rounds.js';
import { sentLines } from './sent-notes.js';
import { checkBeforeSending } from './check.js';
import { copyAndReport, copyFor, noAddressLine } from './copy.js';
import { copyInteractively } from './interactive.js';
import { chooseInteractively, inquirerSelect } from './prompts.js';
import { noteFileText, writeNoteFiles } from '../../deliver/note-files.js';
import { mailtoOrCopy, writeDraftsAndReport } from './drafts.js';
import { draftMessages } from '../../deliver/messages.js';
import { dateStyleFor } from '../../model/date-style.js';
import { todayOf } from '../../model/dates.js';
import { describeItem } from '../../model/due.js';
import { calendarFor } from '../../model/holidays.js';
import { isFollowUp } from '../../model/schedule.js';
import { isSpoken } from '../../model/spoken.js';
import { upcomingStep } from './due.js';
import type { Interview, Note } from '../../model/types.js';
import { openStore, type Store } from '../../store/index.js';

const SPEC = {
  name: 'regen',
  options: {
    kind: { type: 'string' },
    to: { type: 'string' },
    print: { type: 'boolean' },
    json: { type: 'boolean' },
    out: { type: 'string' },
    'no-copy': { type: 'boolean' },
    force: { type: 'boolean' },
    eml: { type: 'string' },
    open: { type: 'boolean' },
    mailto: { type: 'boolean' },
  },
  positionals: ['ID?'],
} as const;

type Output = (
  | { readonly mode: 'copy' | 'print' | 'json' | 'mailto' }
  | { readonly mode: 'out'; readonly dir: string }
  | { readonly mode: 'eml'; readonly dir: string; readonly open: boolean }
) & {
  readonly force?: boolean;
  /** Whether --to named the person (a note already sent is then written again, with a warning). */
  readonly named?: boolean;
};

export async function run(context: CommandContext): Promise<number> {
  const args = parseCommand(SPEC, context.argv);
  if (args.help) {
    context.stdout.write(REGEN_HELP);
    return EXIT.ok;
  }
  const { values } = args;
  const output = { ...outputOf(values), force: values.force === true, named: values.to !== undefined };
  if (values.open && output.mode !== 'eml')
    throw new UsageError(draftMessages.openNeedsEml, draftMessages.openNeedsEmlTry(args.positionals[0] ?? 'ID'));
  const kindAsked = values.kind === undefined ? undefined : parseKind(values.kind, 'regen');
  const store = openStore({ env: context.env, now: context.now });
  try {
    const id = args.positionals[0];
    if (id === undefined) {
      const ids = (await store.interviews()).map((interview) => interview.id);
      if (!context.interactive || ids.length === 0) throw new UsageError(messages.needsId, messages.needsIdTry(ids));
      const select = await inquirerSelect(context);
      const all = await store.interviews();
      const choice = await chooseInteractively(context, all, { kind: kindAsked, to: values.to }, select);
      if (output.mode !== 'copy') return await deliver(context, store, choice.interview, choice.notes, choice.note, output);
      const { interview, notes, note } = choice;
      saySent(context, interview, [note]);
      // A note on record is copied as it went: the checklist was for sending it.
      const { findings } =
        copyFor(interview, note) === 'sent'
          ? { findings: [] }
          : await checkBeforeSending(context, note, notes, interview, all, output.force);
      return await copyInteractively(context, store, { interview, note, findings, force: output.force }, select);
    }
    const interview = await findInterview(store, id);
    // A later round greets people met in an earlier one as met again, and without --kind the
    // note due is the application's (due.ts): only then read the others.
    // So does a follow-up asked of an earlier round: a later round may have taken it over.
    const followUp = kindAsked === 'follow-up' || kindAsked === 'voicemail';
    const saved = (interview.round ?? 1) > 1 || kindAsked === undefined || followUp ? await store.interviews() : [];
    const later = kindAsked === undefined ? null : laterRoundFor(interview, kindAsked, values.to, saved);
    if (later !== null)
      context.stderr.write(`${showLine(messages.laterRoundFollowUp(interview.id, roundOf(later), later.id))}\n`);
    const mailed = output.mode === 'mailto' || output.mode === 'eml';
    const chosen =
      kindAsked === undefined
        ? dueOrEmpty(context, interview, values.to, output.mode, saved, mailed)
        : askedNotes(later ?? interview, kindAsked, values.to, dateStyleFor(context.env, context.now()), saved, mailed);
    const { notes, picked, others } = chosen;
    if (kindAsked !== undefined) sayWhenDue(context, chosen.interview, picked, await store.interviews());
    // A link is for one written note: the people with a call script hear where theirs is instead.
    const linked = output.mode === 'mailto' && !isSpoken(picked);
    const hinted = linked ? others.filter((note) => !isSpoken(note)) : others;
    if ((output.mode === 'copy' || output.mode === 'mailto') && values.to === undefined && hinted.length > 0) {
      context.stderr.write(`${otherNotesHint(chosen.interview.id, hinted)}\n`);
    }
    if (linked && values.to === undefined)
      for (const note of others.filter(isSpoken))
        context.stderr.write(`${showLine(messages.callNoLink(chosen.interview.id, note.kind, note.to))}\n`);
    return await deliver(context, store, chosen.interview, notes, picked, output);
  } finally {
    printNotices(store, context);
  }
}

/** The note due now; with --json, a program reading the output gets JSON even when nothing is: []. */
function dueOrEmpty(
  context: CommandContext,
  interview: Interview,
  to: string | undefined,
  mode: Output['mode'],
  saved: readonly Interview[],
  mailed: boolean,
) {
  const json = mode === 'json';
  // --json and --out hand over every note due now, each named by kind and person (in the JSON, in
  // the file names), so neither says which one it chose; the others write one and say which.
  const every = json || mode === 'out';
  try {
    return dueNotes(context, interview, to, !every, saved, mailed, every);
  } catch (error) {
    if (json && error instanceof NothingDueError) context.stdout.write('[]\n');
    throw error;
  }
}

function outputOf(values: {
  print?: boolean;
  json?: boolean;
  out?: string;
  'no-copy'?: boolean;
  eml?: string;
  open?: boolean;
  mailto?: boolean;
}): Output {
  const chosen = (
    [
      ['--print', values.print === true],
      ['--json', values.json === true],
      ['--out', values.out !== undefined],
      ['--eml', values.eml !== undefined],
      ['--mailto', values.mailto === true],
    ] as const
  ).filter(([, on]) => on);
  if (chosen.length > 1) throw new UsageError(messages.exclusive(chosen.map(([flag]) => flag)), messages.exclusiveTry);
  if (values.print) return { mode: 'print' };
  if (values.json) return { mode: 'json' };
  if (values.out !== undefined) return { mode: 'out', dir: values.out };
  if (values.eml !== undefined) return { mode: 'eml', dir: values.eml, open: values.open === true };
  if (values.mailto) return { mode: 'mailto' };
  return { mode: values['no-copy'] ? 'print' : 'copy' };
}

function otherNotesHint(id: string, others: readonly Note[]): string {
  return [messages.others(others.length), ...others.map((note) => messages.other(id, note.kind, note.to))].join('\n');
}

/**
 * --kind can write a note before its step is due (a stay-in-touch note months ahead): it is still
 * written, and the user hears when it is due. Follow-ups are left to the checklist's too-early,
 * which says how long to hold them; a note already sent is shown as it went.
 */
function sayWhenDue(context: CommandContext, interview: Interview, picked: Note, saved: readonly Interview[]): void {
  if (isFollowUp(interview, picked.kind) || copyFor(interview, picked) === 'sent') return;
  // Before any decision the schedule has no such step to say the day of: say what it waits for.
  if (interview.status === 'waiting' && (picked.kind === 'not-selected' || picked.kind === 'stay-in-touch')) {
    context.stderr.write(`${showLine(messages.forAfterNo(interview.id))}
`);
    return;
  }
  const now = context.now();
  const style = dateStyleFor(context.env, now);
  const step = upcomingStep(interview, picked.kind, picked.to, now, calendarFor(context.env), style, saved);
  if (step === null) return;
  // The step may name several people; the note is for one.
  context.stderr.write(
    `${showLine(messages.notDueNow(describeItem({ ...step, to: [picked.to] }, todayOf(now), style, step.round)))}\n`,
  );
}

/** A note already sent is handed over as it went (sent-notes.ts): say so, and when. */
function saySent(context: CommandContext, interview: Interview, notes: readonly Note[]): void {
  for (const line of sentLines(notes, interview, dateStyleFor(context.env, context.now())))
    context.stderr.write(`${showLine(line)}\n`);
  // A follow-up with no thank-you on record quotes none: if one went out unrecorded, say how to fix it.
  for (const note of notes) {
    if (note.noEarlierNote === true && copyFor(interview, note) !== 'sent')
      context.stderr.write(`${showLine(messages.noEarlierNote(interview.id, note.to))}\n`);
  }
}

async function deliver(
  context: CommandContext,
  store: Store,
  interview: Interview,
  notes: readonly Note[],
  picked: Note,
  output: Output,
): Promise<number> {
  // A draft or link for a note already sent says so itself (drafts.ts): not twice.
  const unsent = (list: readonly Note[]) => list.filter((note) => copyFor(interview, note) !== 'sent');
  const said = output.mode === 'json' || output.mode === 'out' ? notes : [picked];
  saySent(context, interview, output.mode === 'eml' ? unsent(notes) : output.mode === 'mailto' ? unsent(said) : said);
  switch (output.mode) {
    case 'json': {
      // `via`: the go-between a note is sent through, beside `to`, the person it is for.
      const rows = notes.map(({ kind, to, via, subject, body }) => ({
        kind,
        to,
        ...(via ? { via: via.name } : {}),
        subject,
        body,
      }));
      context.stdout.write(showText(`${JSON.stringify(rows, null, 2)}\n`));
      return EXIT.ok;
    }
    case 'out': {
      const paths = writeNoteFiles(output.dir, notes);
      context.stdout.write(`${[messages.wrote(paths.length), ...paths.map((path) => `  ${showLine(path)}`)].join('\n')}\n`);
      return EXIT.ok;
    }
    case 'eml':
      return writeDraftsAndReport(context, store, interview, notes, {
        dir: output.dir,
        open: output.open,
        force: output.force === true,
        named: output.named === true,
      });
    case 'mailto':
      return mailtoOrCopy(context, store, interview, notes, picked, output.force === true, output.named === true);
    case 'print': {
      // A note on record is shown as it went, as the copy path does: the checklist (and its
      // advice to hold a note) was for sending it.
      if (copyFor(interview, picked) === 'sent') {
        context.stdout.write(showText(noteFileText(picked)));
        return EXIT.ok;
      }
      const gate = await checkBeforeSending(context, picked, notes, interview, await store.interviews(), true);
      if (!picked.address) context.stderr.write(`${showLine(noAddressLine(context, interview, picked))}\n`);
      context.stdout.write(showText(noteFileText(picked)));
      return gate.errors ? EXIT.failure : EXIT.ok;
    }
    case 'copy': {
      // A note on record is copied as it went; an early one is held back only when the copy records it.
      const next = copyFor(interview, picked);
      if (next === 'sent') return copyAndReport(context, store, interview, picked);
      const gate = await checkBeforeSending(context, picked, notes, interview, await store.interviews(), output.force === true);
      if (gate.blocked) throw new CliError(messages.blocked, messages.blockedTry(interview.id));
      if (gate.early && output.force !== true && next === 'mail')
        throw new CliError(messages.early, messages.earlyTry(interview.id, picked.kind, picked.to));
      if (gate.early && next === 'mail') context.stderr.write(`${messages.forcedEarly}\n`);
      return copyAndReport(context, store, interview, picked);
    }
  }
}

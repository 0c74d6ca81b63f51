// `followup-coach regen [ID]`: rebuild notes from a saved interview and copy one, or print them,
// write them to files, or hand them over as JSON. Only a note that reached the clipboard (or the
// terminal's) is recorded as sent, because only then can the user have pasted it.
import { parseCommand } from '../cli/args.js';
import { REGEN_HELP } from '../cli/command-help.js';
import type { CommandContext } from '../cli/context.js';
import { describeItem } from '../cli/due.js';
import { CliError, EXIT, UsageError } from '../cli/errors.js';
import { findInterview } from '../cli/find-interview.js';
import { parseKind } from '../cli/kind.js';
import { messages } from '../cli/messages.js';
import { printNotices } from '../cli/notices.js';
import { dueChoice } from '../cli/regen-due.js';
import { checkBeforeSending } from '../cli/regen-check.js';
import { copyAndReport } from '../cli/regen-copy.js';
import { chooseInteractively } from '../cli/regen-prompts.js';
import { composeNotes, kindsFor } from '../compose/compose.js';
import { noteFileText, writeNoteFiles } from '../deliver/note-files.js';
import { todayOf } from '../model/dates.js';
import type { DueItem } from '../model/schedule.js';
import type { Interview, Note, NoteKind } from '../model/types.js';
import { openStore, type Store } from '../store/index.js';

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
  },
  positionals: ['ID?'],
} as const;

type Output = ({ readonly mode: 'copy' | 'print' | 'json' } | { readonly mode: 'out'; readonly dir: string }) & {
  readonly force?: boolean;
};

export async function run(context: CommandContext): Promise<number> {
  const args = parseCommand(SPEC, context.argv);
  if (args.help) {
    context.stdout.write(REGEN_HELP);
    return EXIT.ok;
  }
  const { values } = args;
  const output = { ...outputOf(values), force: values.force === true };
  const kindAsked = values.kind === undefined ? undefined : parseKind(values.kind, 'regen');
  const store = openStore({ env: context.env, now: context.now });
  try {
    const id = args.positionals[0];
    if (id === undefined) {
      const ids = (await store.interviews()).map((interview) => interview.id);
      if (!context.interactive || ids.length === 0) throw new UsageError(messages.needsId, messages.needsIdTry(ids));
      const choice = await chooseInteractively(context, await store.interviews(), { kind: kindAsked, to: values.to });
      return await deliver(context, store, choice.interview, choice.notes, choice.note, output);
    }
    const interview = await findInterview(store, id);
    const { notes, picked, others } =
      kindAsked === undefined ? dueNotes(context, interview, values.to, output) : askedNotes(interview, kindAsked, values.to);
    if (output.mode === 'copy' && values.to === undefined && others.length > 0) {
      context.stderr.write(`${otherNotesHint(interview.id, others)}\n`);
    }
    return await deliver(context, store, interview, notes, picked, output);
  } finally {
    printNotices(store, context.stderr);
  }
}

function outputOf(values: { print?: boolean; json?: boolean; out?: string; 'no-copy'?: boolean }): Output {
  const chosen = (
    [
      ['--print', values.print === true],
      ['--json', values.json === true],
      ['--out', values.out !== undefined],
    ] as const
  ).filter(([, on]) => on);
  if (chosen.length > 1) throw new UsageError(messages.exclusive(chosen.map(([flag]) => flag)), messages.exclusiveTry);
  if (values.print) return { mode: 'print' };
  if (values.json) return { mode: 'json' };
  if (values.out !== undefined) return { mode: 'out', dir: values.out };
  return { mode: values['no-copy'] ? 'print' : 'copy' };
}

interface Chosen {
  /** The notes --json and --out hand over; `picked` is the one copied or printed. */
  readonly notes: readonly Note[];
  readonly picked: Note;
  /** The rest, each a command away. */
  readonly others: readonly Note[];
}

function askedNotes(interview: Interview, kind: NoteKind, to: string | undefined): Chosen {
  const notes = composeNotes(interview, kind, { to });
  return { notes, picked: notes[0]!, others: notes.slice(1) };
}

/**
 * Without --kind: the first note due now, to the first person still waiting for it (regen-due.ts),
 * and the user hears which and why. Nothing due now ends the command having copied nothing.
 */
function dueNotes(context: CommandContext, interview: Interview, to: string | undefined, output: Output): Chosen {
  const choice = dueChoice(interview, context.now(), to);
  if (choice.kind === 'nothing') throw nothingDueError(context, interview, choice.person, choice.next, choice.done);
  const { item, person } = choice;
  const all = composeNotes(interview, item.kind);
  const due = all.filter((note) => item.to.includes(note.to));
  const notes = due.length > 0 ? due : all;
  // --to that names nobody who receives this kind: compose says who does.
  const named = to === undefined ? undefined : composeNotes(interview, item.kind, { to })[0];
  const picked = named ?? notes.find((note) => note.to === person) ?? notes[0]!;
  // With --json the choice is visible in the output; elsewhere say it, on stderr so pipes stay clean.
  if (output.mode !== 'json') context.stderr.write(`${messages.chose(item.kind, picked.to, describeItem(item, todayOf(context.now())))}\n`);
  return { notes, picked, others: notes.filter((note) => note !== picked) };
}

function nothingDueError(context: CommandContext, interview: Interview, who: string | null, next: DueItem | null, done: string | null) {
  if (next === null) {
    return new CliError(messages.nothingDue(interview.id, who, done), messages.nothingDueTry(interview.id, kindsFor(interview)));
  }
  const line = describeItem(next, todayOf(context.now()));
  return new CliError(messages.notDueYet(interview.id, who, line, next.why), messages.notDueYetTry(interview.id, next.kind, next.to[0]!));
}

function otherNotesHint(id: string, others: readonly Note[]): string {
  return [messages.others(others.length), ...others.map((note) => messages.other(id, note.kind, note.to))].join('\n');
}

async function deliver(
  context: CommandContext,
  store: Store,
  interview: Interview,
  notes: readonly Note[],
  picked: Note,
  output: Output,
): Promise<number> {
  switch (output.mode) {
    case 'json': {
      const rows = notes.map(({ kind, to, subject, body }) => ({ kind, to, subject, body }));
      context.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
      return EXIT.ok;
    }
    case 'out': {
      const paths = writeNoteFiles(output.dir, notes);
      context.stdout.write(`${[messages.wrote(paths.length), ...paths.map((path) => `  ${path}`)].join('\n')}\n`);
      return EXIT.ok;
    }
    case 'print': {
      const gate = await checkBeforeSending(context, picked, notes, interview, await store.interviews(), true);
      context.stdout.write(noteFileText(picked));
      return gate.errors ? EXIT.failure : EXIT.ok;
    }
    case 'copy': {
      const gate = await checkBeforeSending(context, picked, notes, interview, await store.interviews(), output.force === true);
      if (gate.blocked) throw new CliError(messages.blocked, messages.blockedTry(interview.id));
      if (gate.early && output.force !== true) throw new CliError(messages.early, messages.earlyTry(interview.id, picked.kind, picked.to));
      if (gate.early) context.stderr.write(`${messages.forcedEarly}\n`);
      return copyAndReport(context, store, interview, picked);
    }
  }
}

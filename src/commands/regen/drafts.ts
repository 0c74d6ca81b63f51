// regen's mail delivery: `--eml DIR` (drafts, with `--open` to hand them to the mail program)
// and `--mailto` (a link for a note without attachments). Like copying, each runs the checklist
// on the notes first; unlike copying, nothing is recorded as sent: a draft is not yet a mail.
import { checkBeforeSending } from './check.js';
import { copyAndReport } from './copy.js';
import type { CommandContext } from '../../cli/context.js';
import { CliError, EXIT, UsageError } from '../../cli/errors.js';
import { showLine } from '../../cli/terminal-text.js';
import { messages as cliMessages } from './messages.js';
import { isSpoken } from '../../model/spoken.js';
import { dateStyleFor } from '../../model/date-style.js';
import { formatDay } from '../../model/dates.js';
import { dayOf } from '../../model/sent-log.js';
import { lastSent } from '../../session/review/selectors.js';
import type { Interview, Note } from '../../model/types.js';
import type { Store } from '../../store/index.js';
import { attachmentNames } from '../../deliver/attachment-files.js';
import { writeDrafts } from '../../deliver/eml-files.js';
import { MAILTO_LIMIT, mailtoLink } from '../../deliver/mailto.js';
import { draftMessages as m } from '../../deliver/messages.js';
import { openerFor, openFile } from '../../deliver/open-file.js';

export interface DraftOptions {
  readonly dir: string;
  readonly open: boolean;
  readonly force: boolean;
  /** Whether --to named the person: then a note already sent is written again, with a warning. */
  readonly named: boolean;
}

/**
 * The notes a draft or link is made for. A draft opens one click from sent, so a note already
 * sent is left out (and named on stderr) unless --to named its person, who then gets it again
 * with a warning that says when it went. None left: an error, with how to write one anyway.
 */
function unsentOrNamed(context: CommandContext, interview: Interview, notes: readonly Note[], named: boolean): Note[] {
  const day = (note: Note) => formatDay(dayOf(lastSent(interview.sent, note)!.at), dateStyleFor(context.env, context.now()));
  const sent = notes.filter((note) => lastSent(interview.sent, note) !== undefined);
  if (named) {
    for (const note of sent) context.stderr.write(`${showLine(cliMessages.againSent(note.kind, note.to, day(note)))}\n`);
    return [...notes];
  }
  const kept = notes.filter((note) => !sent.includes(note));
  if (kept.length === 0 && notes.length > 0)
    throw new CliError(cliMessages.allSent(notes[0]!.kind), cliMessages.allSentTry(interview.id, notes[0]!.kind));
  if (sent.length > 0)
    context.stderr.write(
      `${showLine(
        cliMessages.skippedSent(
          sent[0]!.kind,
          sent.map((note) => note.to),
        ),
      )}\n`,
    );
  return kept;
}

async function gate(
  context: CommandContext,
  store: Store,
  interview: Interview,
  notes: readonly Note[],
  force: boolean,
): Promise<void> {
  const others = await store.interviews();
  let blocked = false;
  let early: Note | undefined;
  for (const note of notes) {
    const gate = await checkBeforeSending(context, note, notes, interview, others, force);
    blocked = gate.blocked || blocked;
    if (gate.early && early === undefined) early = note;
  }
  if (blocked) throw new CliError(m.blocked, cliMessages.blockedTry(interview.id));
  // A draft opens in the mail program one click from sent, so an early note is held back as a
  // copy is (run.ts): the user reads it with --print, or writes it anyway with --force.
  if (early !== undefined && !force) throw new CliError(m.early, m.earlyTry(interview.id, early.kind, early.to));
}

export async function writeDraftsAndReport(
  context: CommandContext,
  store: Store,
  interview: Interview,
  notes: readonly Note[],
  options: DraftOptions,
): Promise<number> {
  // A call script (a voicemail, or the thank-you to someone who phoned) is said, not mailed.
  const mailed = notes.filter((note) => !isSpoken(note));
  const spoken = notes.filter((note) => isSpoken(note));
  const written = mailed.length === 0 ? mailed : unsentOrNamed(context, interview, mailed, options.named);
  if (written.length === 0)
    throw new UsageError(m.voicemailNoDraft, m.voicemailNoDraftTry(interview.id, spoken[0]?.kind ?? 'voicemail'));
  await gate(context, store, interview, written, options.force);
  const drafts = await writeDrafts(options.dir, written, interview.candidate);
  const lines = [m.wrote(drafts.length, showLine(options.dir))];
  for (const note of spoken) lines.push(`  ${m.callNoDraft(note.to)}`);
  for (const draft of drafts) {
    lines.push(`  ${showLine(draft.path)}`);
    if (draft.attached.length > 0) lines.push(`    ${m.attaches(draft.attached)}`);
    if (draft.note.address === undefined) lines.push(`    ${m.noAddress(draft.note.to)}`);
  }
  lines.push(m.opensAsDraft, m.onceSent(interview.id, drafts[0]!.note.kind, [...new Set(drafts.map((draft) => draft.note.to))]));
  context.stdout.write(`${lines.join('\n')}\n`);
  if (!options.open) return EXIT.ok;
  for (const draft of drafts) {
    const result = await openFile(draft.path, context.env);
    if (result.ok) {
      context.stdout.write(`${m.opened(showLine(draft.path), result.program)}\n`);
      continue;
    }
    const hint = openerFor().program === 'xdg-open' ? m.openerHint.linux : m.openerHint.other;
    throw new CliError(
      result.missing ? m.noOpener(result.program, hint) : m.openFailed(result.program, result.detail),
      m.openTry(showLine(options.dir)),
    );
  }
  return EXIT.ok;
}

export async function mailtoOrCopy(
  context: CommandContext,
  store: Store,
  interview: Interview,
  notes: readonly Note[],
  note: Note,
  force: boolean,
  named: boolean,
): Promise<number> {
  // A call script has no mail to link to, as --eml has no draft to write (the number is no address).
  if (isSpoken(note)) throw new UsageError(m.callNoMailto(note.to), m.voicemailNoDraftTry(interview.id, note.kind));
  // The note picked is the first not sent yet; when every one went, there is none to link to.
  unsentOrNamed(context, interview, [note], named);
  const attached = [...note.attachments, ...attachmentNames(note.kind, interview.candidate)];
  const unique = [...new Set(attached)];
  const gated = await checkBeforeSending(context, note, notes, interview, await store.interviews(), force);
  if (gated.blocked) throw new CliError(cliMessages.blocked, cliMessages.blockedTry(interview.id));
  const link = mailtoLink(note);
  if (link.length > MAILTO_LIMIT) {
    context.stderr.write(`${m.mailtoTooLong(link.length, MAILTO_LIMIT)}\n`);
    return copyAndReport(context, store, interview, note);
  }
  if (note.address === undefined) context.stderr.write(`${m.mailtoNoAddress(note.to)}\n`);
  // The README's way for Apple Mail: the link for the words, the files attached by hand.
  if (unique.length > 0) context.stderr.write(`${m.mailtoAttachments(unique, interview.id)}\n`);
  context.stdout.write(`${link}\n`);
  return EXIT.ok;
}

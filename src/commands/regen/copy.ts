// Copy one note, say how it went, and record it as sent only when it reached a clipboard.
// When nothing could copy it the note is printed instead: it is never lost.
import type { CommandContext } from '../../cli/context.js';
import { CliError, EXIT } from '../../cli/errors.js';
import { showText } from '../../cli/terminal-text.js';
import { type CopyResult, copyNote } from '../../deliver/clipboard.js';
import { noteFileText } from '../../deliver/note-files.js';
import { addressAskNow, helpForNote, noAskingFor } from '../../model/contact-schedule.js';
import { todayOf } from '../../model/dates.js';
import { isSpoken } from '../../model/spoken.js';
import { afterCopy, lastSent } from '../../session/review/selectors.js';
import type { AfterCopy } from '../../session/review/types.js';
import type { Interview, Note, SentEntry } from '../../model/types.js';
import type { Store } from '../../store/index.js';
import { messages } from './messages.js';
import { shownRecipient } from '../../model/via.js';

/** The note's body on the clipboard (the subject has its own field in every mail client). */
export function copyBody(context: CommandContext, note: Note): Promise<CopyResult> {
  return copyNote(note.body, { env: context.env, stdout: context.stdout });
}

/** Nothing could copy it: why, and the note to copy by hand. */
export function printUncopied(context: CommandContext, note: Note, result: CopyResult): number {
  context.stderr.write(`${showText(messages.notCopied(result.clipboardError ?? ''))}\n`);
  if (result.terminalError) context.stderr.write(`(${showText(result.terminalError)}.)\n`);
  context.stderr.write(`${messages.printedBelow}\n`);
  context.stdout.write(showText(noteFileText(note)));
  return EXIT.ok;
}

/** Records the copied note, or says it was copied but not recorded and how to record it. */
export async function recordCopied(store: Store, interview: Interview, entry: SentEntry): Promise<void> {
  try {
    await store.recordSent(interview.id, entry);
  } catch (error) {
    if (!(error instanceof Error)) throw error;
    throw new CliError(
      messages.notRecorded(entry.kind, entry.to, error.message),
      messages.notRecordedTry(interview.id, entry.kind, entry.to),
    );
  }
}

/** What to do about the missing address of `note`: whom to ask, or why nobody is asked today. */
export function noAddressLine(context: CommandContext, interview: Interview, note: Note): string {
  const today = todayOf(context.now());
  const help = noAskingFor(interview, note, today) ?? helpForNote(addressAskNow(interview, today), note);
  return messages.noAddress(isSpoken(note), note.to, help, interview.id);
}

/** Where it went, what to attach or ask for, and (when `recorded`) that it is on record. */
export function reportCopied(
  context: CommandContext,
  interview: Interview,
  note: Note,
  result: CopyResult,
  recorded: string,
): void {
  const lines = [
    messages.copied(
      note.kind,
      isSpoken(note),
      shownRecipient(note),
      note.address,
      result.method === 'none' ? '' : messages.via[result.method],
    ),
    // A call script is read out on a call: its subject is no mail's, and what comes next is the call.
    ...(isSpoken(note) ? (note.address ? [messages.callNext(note.to, note.address)] : []) : []),
    ...(note.subject.trim() === '' || isSpoken(note) ? [] : [messages.subject(note.subject)]),
    ...(note.address ? [] : [noAddressLine(context, interview, note)]),
    ...(note.attachments.length > 0 ? [messages.attach(note.attachments)] : []),
    ...(result.clipboardError ? [messages.clipboardFailed(result.clipboardError)] : []),
    ...result.notes.map((text) => `(${text}.)`),
    recorded,
  ];
  context.stdout.write(showText(`${lines.join('\n')}\n`));
}

/**
 * What a copy of `note` is for (the review core's `afterCopy`): only a mail that reached the
 * system clipboard is recorded on copy; one sent through the terminal (OSC 52) may not have arrived.
 */
export function copyFor(interview: Interview, note: Note, method?: CopyResult['method']): AfterCopy {
  return afterCopy({ note, sentAt: lastSent(interview.sent, note)?.at }, method);
}

/** What a plain copy records, in words. */
export function recordedLine(interview: Interview, note: Note, method?: CopyResult['method']): string {
  const next = copyFor(interview, note, method);
  if (next === 'sent') return messages.onRecord(isSpoken(note));
  return next === 'mail'
    ? messages.recordedFor(false)
    : messages.notRecordedYet(interview.id, note.kind, note.to, isSpoken(note));
}

export async function copyAndReport(context: CommandContext, store: Store, interview: Interview, note: Note): Promise<number> {
  const result = await copyBody(context, note);
  if (result.method === 'none') return printUncopied(context, note, result);
  if (copyFor(interview, note, result.method) !== 'mail') {
    reportCopied(context, interview, note, result, recordedLine(interview, note, result.method));
    return EXIT.ok;
  }
  await recordCopied(store, interview, {
    kind: note.kind,
    to: note.to,
    at: context.now().toISOString(),
    method: result.method,
    subject: note.subject,
    body: note.body,
  });
  reportCopied(context, interview, note, result, messages.recordedFor(false));
  return EXIT.ok;
}

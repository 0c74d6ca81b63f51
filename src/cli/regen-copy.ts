// Copy one note, say how it went, and record it as sent only when it reached a clipboard.
// When nothing could copy it the note is printed instead: it is never lost.
import { copyNote } from '../deliver/clipboard.js';
import { noteFileText } from '../deliver/note-files.js';
import { isSpoken } from '../model/spoken.js';
import type { Interview, Note } from '../model/types.js';
import type { Store } from '../store/index.js';
import type { CommandContext } from './context.js';
import { CliError, EXIT } from './errors.js';
import { messages } from './messages.js';
import { showText } from './terminal-text.js';

export async function copyAndReport(context: CommandContext, store: Store, interview: Interview, note: Note): Promise<number> {
  // The body goes to the clipboard; the subject has its own field in every mail client.
  const result = await copyNote(note.body, { env: context.env, stdout: context.stdout });
  if (result.method === 'none') {
    context.stderr.write(`${showText(messages.notCopied(result.clipboardError ?? ''))}\n`);
    if (result.terminalError) context.stderr.write(`(${showText(result.terminalError)}.)\n`);
    context.stderr.write(`${messages.printedBelow}\n`);
    context.stdout.write(showText(noteFileText(note)));
    return EXIT.ok;
  }
  try {
    await store.recordSent(interview.id, {
      kind: note.kind,
      to: note.to,
      at: context.now().toISOString(),
      method: result.method,
      subject: note.subject,
      body: note.body,
    });
  } catch (error) {
    if (!(error instanceof Error)) throw error;
    throw new CliError(
      messages.notRecorded(note.kind, note.to, error.message),
      messages.notRecordedTry(interview.id, note.kind, note.to),
    );
  }
  const lines = [
    messages.copied(note.kind, note.to, note.address, messages.via[result.method]),
    ...(note.subject.trim() === '' ? [] : [messages.subject(note.subject)]),
    ...(note.address ? [] : [messages.noAddress(isSpoken(note), note.to)]),
    ...(note.attachments.length > 0 ? [messages.attach(note.attachments)] : []),
    ...(result.clipboardError ? [messages.clipboardFailed(result.clipboardError)] : []),
    ...result.notes.map((text) => `(${text}.)`),
    messages.recorded,
  ];
  context.stdout.write(showText(`${lines.join('\n')}\n`));
  return EXIT.ok;
}

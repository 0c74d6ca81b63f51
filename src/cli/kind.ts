// `--kind` as typed to a NoteKind, with a suggestion for a near miss ("thankyou", "followup").
import { closest } from './args.js';
import { UsageError } from './errors.js';
import { messages } from './messages.js';
import { NOTE_KINDS, type NoteKind } from '../model/types.js';

export function parseKind(text: string, commandName: string): NoteKind {
  const typed = text.trim().toLowerCase();
  const kind = NOTE_KINDS.find((known) => known === typed || known.replaceAll('-', '') === typed.replace(/[-_\s]/g, ''));
  if (kind) return kind;
  const guess = closest(typed, NOTE_KINDS);
  throw new UsageError(
    `${messages.unknownKind(text)}${guess ? ` Did you mean ${guess}?` : ''}`,
    `${messages.kindsAre(NOTE_KINDS)}  (followup-coach ${commandName} --help)`,
  );
}

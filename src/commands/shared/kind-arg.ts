// `--kind` as typed to a NoteKind, with a suggestion for a near miss ("thankyou", "followup").
import { UsageError } from '../../cli/errors.js';
import { closest } from '../../model/closest.js';
import { NOTE_KINDS, type NoteKind } from '../../model/types.js';
import { sharedMessages as m } from './messages.js';

export function parseKind(text: string, commandName: string): NoteKind {
  const typed = text.trim().toLowerCase();
  const kind = NOTE_KINDS.find((known) => known === typed || known.replaceAll('-', '') === typed.replace(/[-_\s]/g, ''));
  if (kind) return kind;
  const guess = sharedStart(typed) ?? closest(typed, NOTE_KINDS);
  throw new UsageError(m.unknownKind(text, guess), m.kindsAre(commandName));
}

/** The kind that begins like the typed word ("thanks", "followup-note"), if one clearly does. */
function sharedStart(typed: string): NoteKind | undefined {
  const squash = (text: string) => text.replace(/[^a-z]/g, '');
  const word = squash(typed);
  const common = (kind: NoteKind) => {
    const name = squash(kind);
    let n = 0;
    while (n < word.length && n < name.length && word[n] === name[n]) n += 1;
    return n;
  };
  const best = [...NOTE_KINDS].sort((a, b) => common(b) - common(a))[0]!;
  return common(best) >= 4 ? best : undefined;
}

// The words of `followup-coach sent`.
import { kindLabel } from '../../model/note-kinds.js';
import type { NoteKind } from '../../model/types.js';

export const sentMessages = {
  needs: (flag: string) => `sent needs ${flag}: which note went out, and to whom.`,
  needsTry: (id: string) => `followup-coach sent ${id} --kind follow-up --to NAME [--on DATE]`,
  recorded: (kind: NoteKind, to: string, day: string) => `Recorded: the ${kindLabel(kind)} to ${to} went out on ${day}.`,
  alreadyRecorded: (kind: NoteKind, to: string, day: string) =>
    `Already recorded: the ${kindLabel(kind)} to ${to} went out on ${day}. Nothing changed.`,
} as const;

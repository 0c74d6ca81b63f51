// The words of `followup-coach sent`. `spoken`: the step was a call (a voicemail, or the thank-you
// to someone who phoned), so it was made, not sent (src/model/note-kinds.ts).
import { doneLabel, kindLabel } from '../../model/note-kinds.js';
import type { NoteKind } from '../../model/types.js';

const step = (kind: NoteKind, spoken: boolean, to: string, day: string) =>
  spoken ? `${doneLabel(kind, true)} to ${to}, made on ${day}` : `the ${kindLabel(kind)} to ${to} went out on ${day}`;

export const sentMessages = {
  needs: (flag: string) => `sent needs ${flag}: which note went out, and to whom.`,
  needsTry: (id: string) => `followup-coach sent ${id} --kind follow-up --to NAME [--on DATE]`,
  recorded: (kind: NoteKind, spoken: boolean, to: string, day: string) => `Recorded: ${step(kind, spoken, to, day)}.`,
  alreadyRecorded: (kind: NoteKind, spoken: boolean, to: string, day: string) =>
    `Already recorded: ${step(kind, spoken, to, day)}. Nothing changed.`,
} as const;

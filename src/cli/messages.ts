// The words shared by several commands: kinds of note and finding a saved interview. Each
// command's own words live beside it (src/commands/regen/messages.ts).
import type { NoteKind } from '../model/types.js';

const KIND_LABEL: Readonly<Record<NoteKind, string>> = {
  'thank-you': 'thank-you note',
  'follow-up': 'follow-up note',
  voicemail: 'voicemail script',
  'contact-request': 'contact request',
  'not-selected': 'note after the decision',
  'stay-in-touch': 'stay-in-touch note',
};

export const kindLabel = (kind: NoteKind): string => KIND_LABEL[kind];

const shellQuote = (text: string) => (/^[\w@%+=:,./-]+$/u.test(text) ? text : `"${text.replace(/(["\\$`])/g, '\\$1')}"`);

export const messages = {
  unknownKind: (kind: string) => `"${kind}" is not a kind of note.`,
  kindsAre: (kinds: readonly NoteKind[]) => `--kind with one of ${kinds.join(', ')}`,
  // Interviews and ids
  noInterviews: 'no interviews are saved yet.',
  startWith: 'save one with: followup-coach import FILE   (or run followup-coach for the guided session)',
  notFound: (id: string) => `no saved interview has the id "${id}".`,
  notFoundTry: (ids: readonly string[], guess: string | undefined) =>
    `${guess ? `did you mean ${guess}? ` : ''}Saved: ${ids.join(', ')}  (followup-coach list)`,
} as const;

export { shellQuote };

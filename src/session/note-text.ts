// A note as the user edits it in their editor: a Subject line, a blank line, then the body.
// Reading it back keeps the subject when the user deleted the header by mistake.
import type { Note, NoteEdit } from '../model/types.js';
import { sanitizeText } from './sanitize.js';

export function editableText(note: Pick<Note, 'subject' | 'body'>): string {
  return note.subject === '' ? `${note.body}\n` : `Subject: ${note.subject}\n\n${note.body}\n`;
}

export function readEditedText(text: string, fallbackSubject: string): { subject: string; body: string } {
  const clean = sanitizeText(text).replace(/^\uFEFF/, '');
  const match = /^Subject:[ \t]*(.*)\n?/i.exec(clean);
  // A subject is one line: a tab in it becomes a space, as in every other one-line answer.
  const subject = match ? match[1]!.replace(/\t/g, ' ').trim() : fallbackSubject;
  const body = (match ? clean.slice(match[0].length) : clean).replace(/^\n+/, '').replace(/\s+$/, '');
  return { subject, body };
}

/**
 * The note with the user's latest hand edit applied, when there is one for it. A second
 * follow-up takes no edit made before the first went out: that edit was of the first.
 */
export function withEdit(note: Note, edits: readonly NoteEdit[] | undefined): Note & { readonly edited: boolean } {
  const after = note.follows === undefined ? null : Date.parse(note.follows);
  const edit = edits?.find((e) => e.kind === note.kind && e.to === note.to && (after === null || Date.parse(e.at) > after));
  return edit ? { ...note, subject: edit.subject, body: edit.body, edited: true } : { ...note, edited: false };
}

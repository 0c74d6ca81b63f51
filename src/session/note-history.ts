// What happens to a note's own history when an answer changes in the review. A note already
// sent stays as it was sent (the log has its text): the review shows that text and its "sent"
// marker, not a rewrite the recipient never saw. A hand edit stays too, unless the user picks
// the new text: the edits whose note the new answers write differently are put to them, one by
// one; an edit whose note reads the same either way is simply kept.
import { FOLLOW_UP_KINDS, entriesFor } from '../model/sent-log.js';
import type { Note, NoteEdit, SentEntry } from '../model/types.js';

const same = (a: { kind: string; to: string }, b: { kind: string; to: string }) => a.kind === b.kind && a.to === b.to;

/** The note as it was last sent, when the sent log kept its text; else the note unchanged. */
export function asSent(note: Note, sent: readonly SentEntry[]): Note & { readonly sentAt: string | null } {
  const entry = entriesFor(sent, note)
    .reverse()
    .find((e) => e.body !== undefined);
  if (!entry) return { ...note, sentAt: null };
  return { ...note, subject: entry.subject ?? note.subject, body: entry.body!, sentAt: entry.at };
}

/** An edit the user must decide on, with the text the new answers give its note. */
export interface EditInQuestion {
  readonly edit: NoteEdit;
  readonly fresh: Note;
}

/**
 * The hand edits an answer change puts in question: `before` and `after` are the notes as the
 * templates write them (no edits applied) from the old and the new answers. Notes already sent
 * are not asked about: they keep the text that went out.
 */
export function editsInQuestion(
  edits: readonly NoteEdit[],
  before: readonly Note[],
  after: readonly Note[],
  sent: readonly SentEntry[],
): EditInQuestion[] {
  return edits.flatMap((edit) => {
    const old = before.find((note) => same(note, edit));
    const fresh = after.find((note) => same(note, edit));
    // A note that went out keeps the text that went. For a follow-up, only one that went after
    // the edit: an edit made since is of the second follow-up, a note of its own.
    const wentOut = sent.some(
      (entry) => same(entry, edit) && (!FOLLOW_UP_KINDS.includes(edit.kind) || Date.parse(entry.at) >= Date.parse(edit.at)),
    );
    if (!old || !fresh || wentOut) return [];
    return old.subject === fresh.subject && old.body === fresh.body ? [] : [{ edit, fresh }];
  });
}

/**
 * The edits that change their note: one whose text is what the templates write from the same
 * answers (the user put the text back as it was) is no edit, and is not carried over to be asked
 * about when an answer changes. A note that went out keeps its edit, whatever it says.
 */
export function editsThatChange(edits: readonly NoteEdit[], before: readonly Note[], sent: readonly SentEntry[]): NoteEdit[] {
  return edits.filter((edit) => {
    const old = before.find((note) => same(note, edit));
    if (!old || sent.some((entry) => same(entry, edit))) return true;
    return old.subject !== edit.subject || old.body !== edit.body;
  });
}

/** The edits without the ones the user replaced by the new text. */
export function withoutEdits(edits: readonly NoteEdit[], dropped: readonly NoteEdit[]): NoteEdit[] {
  return edits.filter((edit) => !dropped.some((gone) => same(gone, edit)));
}

// The review's effects (src/line/review.ts), shaped from the same SessionDeps the Ink app gets.
// No store, clipboard or checklist code of its own: only the wiring.
import type { CheckContext } from '../checklist/types.js';
import { isSpoken } from '../model/spoken.js';
import type { Interview, Note, SentEntry } from '../model/types.js';
import { asSent, withEdit, type NotesPurpose } from '../session/index.js';
import { sortFindings, withTypedSources } from '../session/review/index.js';
import type { SessionDeps } from '../session/effects.js';
import type { Prompter } from './prompter.js';
import type { ReviewDeps } from './review.js';

/** `purpose` picks the notes the review shows: the first ones, or the follow-up that is due. */
export function reviewDeps(
  deps: SessionDeps,
  interviews: readonly Interview[],
  prompter: Prompter,
  purpose: NotesPurpose = 'review',
): ReviewDeps {
  const context = (note: Note, interview: Interview, notes: readonly Note[]): CheckContext => ({
    kind: note.kind,
    spoken: isSpoken(note),
    interview,
    to: note.to,
    otherInterviews: interviews.filter((other) => other.id !== interview.id),
    siblings: notes.filter((other) => other !== note),
    now: deps.now(),
  });
  return {
    prompter,
    // As the Ink review shows them: with the user's saved hand edits.
    notesFor: async (interview) => {
      const notes = purpose === 'follow-up' ? await deps.followUpNotes(interview) : await deps.reviewNotes(interview);
      return notes.map((note) => {
        // A note already sent reads as it was sent, whatever answer changed since.
        const { sentAt, ...sent } = asSent(note, interview.sent);
        if (purpose === 'review' && sentAt !== null) return sent;
        const { edited: _, ...shown } = withEdit(note, interview.edits);
        return shown;
      });
    },
    // The same checklist as the Ink review: the instant rules, then spelling and grammar.
    check: async (note, interview, notes) => {
      const checkContext = context(note, interview, notes);
      const [first, spelling, roleSlips] = await Promise.all([
        deps.check(note, checkContext),
        deps.checkSpelling(note, checkContext),
        deps.roleSlips(checkContext),
      ]);
      // A misspelled role is left out of the hints that quote it, as in the Ink review.
      const rules = roleSlips.size === 0 ? first : await deps.check(note, { ...checkContext, roleSlips });
      // A misspelled word typed in an answer says which one, as in the Ink review.
      const named = withTypedSources(spelling, interview, note.to);
      // In the review core's one order (src/session/review/findings.ts).
      return sortFindings([...rules, ...named]);
    },
    schedule: (interview) => deps.schedule(interview),
    editText: (text) => deps.editText(text),
    saveEdit: (interview, edit) => deps.saveEdit(interview.id, edit),
    editorName: deps.editorName,
    now: deps.now,
    dateStyle: deps.dateStyle,
    writeCalendar: (interview) => deps.writeCalendar(interview),
    copy: (text) => deps.copy(text),
    recordSent: async (interview, note, copied) => {
      const entry: SentEntry = {
        kind: note.kind,
        to: note.to,
        at: deps.now().toISOString(),
        method: copied.method === 'none' ? undefined : copied.method,
        subject: note.subject,
        body: note.body,
      };
      await deps.recordSent(interview.id, entry);
      return entry;
    },
  };
}

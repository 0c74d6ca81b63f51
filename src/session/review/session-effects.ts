// The review's effects over the guided session's SessionDeps (src/session/effects.ts), bound to
// one interview: what the Ink review runs. The line mode binds its own (src/line/review.ts).
import { isSpoken } from '../../model/spoken.js';
import type { Interview, Note } from '../../model/types.js';
import type { SessionDeps } from '../effects.js';
import { sentLog } from './selectors.js';
import type { ReviewEffects } from './run-effect.js';
import { shownNotes } from './shown-notes.js';
import { withTypedSources } from './typed-source.js';
import type { NotesPurpose } from './types.js';

export function sessionReviewEffects(
  deps: SessionDeps,
  interview: Interview,
  purpose: NotesPurpose,
  others: readonly Interview[],
  editText: (text: string) => ReturnType<SessionDeps['editText']> = (text) => deps.editText(text),
): ReviewEffects {
  const context = (note: Note, siblings: readonly Note[]) => ({
    kind: note.kind,
    spoken: isSpoken(note),
    interview,
    to: note.to,
    otherInterviews: others,
    siblings,
    now: deps.now(),
  });
  return {
    now: deps.now,
    notes: () => shownNotes(deps, interview, purpose),
    check: (note, siblings) => deps.check(note, context(note, siblings)),
    // A misspelled word typed in an answer says which one (the line mode's src/line/adapt.ts too).
    checkSpelling: async (note, siblings) =>
      withTypedSources(await deps.checkSpelling(note, context(note, siblings)), interview, note.to),
    recheck: async (note, siblings) => {
      const checkContext = context(note, siblings);
      const roleSlips = await deps.roleSlips(checkContext);
      return roleSlips.size === 0 ? null : deps.check(note, { ...checkContext, roleSlips });
    },
    schedule: (marked) => {
      const sent = sentLog(interview, marked);
      return deps.schedule(sent === interview.sent ? interview : { ...interview, sent });
    },
    copy: (text) => deps.copy(text),
    recordSent: async (_note, entry) => {
      await deps.recordSent(interview.id, entry);
      return undefined;
    },
    editText,
    saveEdit: (edit) => deps.saveEdit(interview.id, edit),
    writeCalendar: () => deps.writeCalendar(interview),
  };
}

// The small runner between the review's effects and the world: each effect goes through the
// injected ReviewEffects, and what came of it is dispatched back as an action. Failures are
// outcomes too (a store that cannot save is a status, never a crash).
import type { Finding, NoteEdit, Note, SentEntry } from '../../model/types.js';
import type { CopyOutcome, EditOutcome } from '../effects.js';
import { reasonOf } from '../save-reason.js';
import type { ReviewAction, ReviewEffect, ShownNote } from './types.js';

/** What the review does to the world, bound to the interview under review. */
export interface ReviewEffects {
  readonly now: () => Date;
  /** The notes to show, with whether each holds the user's hand edit and when it was sent. */
  notes(): Promise<readonly ShownNote[]>;
  /** The rules that run at once; `siblings` are all the notes shown (for duplicate-note). */
  check(note: Note, siblings: readonly Note[]): Promise<readonly Finding[]>;
  /** Spelling and grammar, when they come apart from the rules (absent: `check` has them). */
  checkSpelling?(note: Note, siblings: readonly Note[]): Promise<readonly Finding[]>;
  /**
   * The rules again with what only the spell checker knows (a misspelled role, which a hint
   * would otherwise quote), or null when that changes nothing.
   */
  recheck?(note: Note, siblings: readonly Note[]): Promise<readonly Finding[] | null>;
  schedule(sent: readonly SentEntry[]): Promise<readonly string[]>;
  copy(text: string): Promise<CopyOutcome>;
  /** Records the note as sent; returns the entry as stored when it differs from `entry`. */
  recordSent(note: Note, entry: SentEntry): Promise<SentEntry | undefined>;
  /** The user's editor; the front end has released the terminal before this runs. */
  editText(text: string): Promise<EditOutcome>;
  saveEdit(edit: NoteEdit): Promise<void>;
  writeCalendar(): Promise<{ readonly path: string; readonly count: number }>;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export async function runEffect(
  effect: ReviewEffect,
  effects: ReviewEffects,
  dispatch: (action: ReviewAction) => void,
): Promise<void> {
  switch (effect.type) {
    case 'compose':
      dispatch({ type: 'notes', notes: await effects.notes() });
      return;
    case 'check': {
      const { note, siblings } = effect;
      dispatch({ type: 'rules', note, findings: await effects.check(note, siblings) });
      // The worker may be unable to start; the other rules still stand.
      const spelling = effects.checkSpelling ? await effects.checkSpelling(note, siblings).catch(() => []) : null;
      // Before spelling lands, so the note's findings change once more, not twice.
      const again = effects.recheck ? await effects.recheck(note, siblings).catch(() => null) : null;
      if (again !== null) dispatch({ type: 'rules', note, findings: again });
      dispatch({ type: 'spelling', note, findings: spelling });
      return;
    }
    case 'schedule':
      dispatch({ type: 'schedule', lines: await effects.schedule(effect.sent) });
      return;
    case 'copy':
      dispatch({ type: 'copied', outcome: await effects.copy(effect.text), what: effect.what });
      return;
    case 'record':
      try {
        const stored = await effects.recordSent(effect.note, effect.entry);
        dispatch({ type: 'recorded', entry: stored ?? effect.entry });
      } catch (error) {
        dispatch({ type: 'not-recorded', why: reasonOf(error) });
      }
      return;
    case 'edit':
      dispatch({ type: 'edit-done', outcome: await effects.editText(effect.text), at: effects.now().toISOString() });
      return;
    case 'save-edit':
      try {
        await effects.saveEdit(effect.edit);
        dispatch({ type: 'edit-saved' });
      } catch (error) {
        dispatch({ type: 'edit-not-saved', why: reasonOf(error) });
      }
      return;
    case 'reminders':
      try {
        const { path, count } = await effects.writeCalendar();
        dispatch({ type: 'reminders-written', path, count });
      } catch (error) {
        dispatch({ type: 'reminders-failed', problem: messageOf(error) });
      }
      return;
  }
}

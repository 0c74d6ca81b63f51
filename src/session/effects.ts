// Everything the guided session does to the world, injected. The Ink views never import the
// store, the templates, the clipboard or node:fs; the command builds the real deps (lazily, so
// the first frame waits for none of them) and tests pass their own.
import type { CheckContext } from '../checklist/types.js';
import type { DateStyle } from '../model/dates.js';
import type { Candidate, Finding, Interview, IsoDate, Note, NoteEdit, NoteKind, SentEntry } from '../model/types.js';
import type { NewsResult, SessionContext } from './index.js';

export interface LoadedStore {
  readonly candidate: Candidate | null;
  readonly interviews: readonly Interview[];
  /** The unfinished session as saved, unchecked; the app reads it with readDraft. */
  readonly draft: unknown;
  /** Things the user must hear about (a damaged store moved aside). */
  readonly notices: readonly string[];
}

/** A step that is due or overdue, for the home screen: a follow-up, a thank-you, a thank-you an earlier round owes. */
export interface DueFollowUp {
  readonly interview: Interview;
  readonly due: IsoDate;
  /** What is due, in words ("follow-up to Priya Raghunathan: due now"). */
  readonly line?: string | undefined;
  /**
   * A thank-you an earlier round of the application still owes (its round is not the one the
   * schedule follows, so nothing else points at it): the home opens that round's notes.
   */
  readonly owed?: boolean | undefined;
  /** How many notes (or calls) the entry stands for: one per person in it; 1 when not said. */
  readonly notes?: number | undefined;
  /**
   * The step's kind: a follow-up (the default), a voicemail or a stay-in-touch note opens the
   * interview's follow-ups; any other (a thank-you not yet sent) its review.
   */
  readonly kind?: NoteKind | undefined;
  /** The first person the step is due to: the entry opens the review on their note of `kind`. */
  readonly to?: string | undefined;
}

export interface CopyOutcome {
  readonly method: 'clipboard' | 'osc52' | 'none';
  /** Why it could not be copied, when the method is 'none'. */
  readonly problem?: string | undefined;
}

export type EditOutcome =
  | { readonly kind: 'edited'; readonly text: string }
  | { readonly kind: 'unchanged' }
  | { readonly kind: 'failed'; readonly message: string };

export interface SessionDeps {
  readonly now: () => Date;
  /** How every day on screen is written: the user's locale and today. */
  readonly dateStyle: DateStyle;
  /** The clock and date readers the step table needs. */
  readonly stepContext: () => SessionContext;
  /** Starts what is slow (the spell-checker worker, module loading) without waiting for it. */
  warmUp(): void;
  load(): Promise<LoadedStore>;
  saveCandidate(candidate: Candidate): Promise<void>;
  /** Saves and returns the interview as stored (its id may gain a `-2`; `round`: saved as the application's next round, `-round-2`). */
  /** `renameFrom`: the id it was saved under, when it moves to `interview.id` (src/session/interview-id.ts). */
  saveInterview(
    interview: Interview,
    options: { readonly replace: boolean; readonly round?: boolean; readonly renameFrom?: string },
  ): Promise<Interview>;
  /** Whether a calendar file already has steps of interview `id`; absent where no calendar is kept. */
  inCalendar?(id: string): Promise<boolean>;
  /** Whether this new interview is for a role already saved with other answers: maybe its next round. */
  laterRound(interview: Interview): Promise<boolean>;
  recordSent(id: string, entry: SentEntry): Promise<void>;
  /** Deletes the saved interview `id` for good; `reminders`: a calendar file had its steps, which stay in the calendar. */
  deleteInterview(id: string): Promise<{ readonly reminders: boolean }>;
  saveEdit(id: string, edit: NoteEdit): Promise<void>;
  saveDraft(draft: unknown): Promise<void>;
  /**
   * Saves the draft before returning, so the screen moves on only once it is on disk; false
   * when the store is not open yet (then saveDraft does it). Throws what saveDraft rejects with.
   */
  saveDraftNow?(draft: unknown): boolean;
  clearDraft(): Promise<void>;
  /** The notes the review shows: thank-yous, voicemail scripts, contact request, not-selected. */
  reviewNotes(interview: Interview): Promise<readonly Note[]>;
  /**
   * The follow-ups for an interview whose timeframe has passed: e-mails to writers, calls to
   * callers; after a no, the stay-in-touch notes the schedule plans.
   */
  followUpNotes(interview: Interview): Promise<readonly Note[]>;
  /** What is due or overdue across saved interviews, most urgent first. */
  dueFollowUps(interviews: readonly Interview[]): Promise<readonly DueFollowUp[]>;
  /** What is due and when, most urgent first ("follow-up to Priya Raghunathan: not before Monday, December 7"). */
  schedule(interview: Interview): Promise<readonly string[]>;
  /**
   * What the session names as it ends: the steps the application of saved interview `id` has
   * due by today (its next step when none is), then those every other saved application has due
   * by today, each named by its company; empty when `id` is not saved.
   */
  nextSteps(id: string): Promise<readonly string[]>;
  /** The checklist rules that run at once (no spelling). */
  check(
    note: Pick<Note, 'subject' | 'body' | 'attachments' | 'quotes' | 'via'>,
    context: CheckContext,
  ): Promise<readonly Finding[]>;
  /** Spelling and grammar from the worker; may take seconds the first time. */
  checkSpelling(note: Pick<Note, 'subject' | 'body'>, context: CheckContext): Promise<readonly Finding[]>;
  /**
   * The role's words the spell checker finds misspelled (src/checklist/role-slips.ts), for the
   * rules' context: a hint that quotes the role then leaves them out. Empty when it cannot tell.
   */
  roleSlips(context: CheckContext): Promise<ReadonlySet<string>>;
  copy(text: string): Promise<CopyOutcome>;
  /** The user's editor on `text`. The app has released the terminal before calling this. */
  editText(text: string): Promise<EditOutcome>;
  /** The editor's name for the hint while it is open. */
  readonly editorName: string;
  /** Records an outcome or a note sent by hand (today); returns the interview as stored and what is due next, in words. */
  recordNews(interview: Interview, news: NewsResult): Promise<{ readonly interview: Interview; readonly next: string }>;
  /** Writes the interview's reminders as an .ics file in the current folder; returns where, and how many. */
  writeCalendar(interview: Interview): Promise<{ readonly path: string; readonly count: number }>;
}

// The whole guided session as plain data: which screen is up, the answers (the question
// reducer's state), what the store holds, and how far the save at the review has got. The
// events are what the user did or what an effect reported; the commands are the effects to run
// (src/session/guide-effects.ts runs them through SessionDeps). Both front ends render this.
import type { Candidate, Interview, NoteEdit } from '../model/types.js';
import { candidateAnswersOf } from './answers.js';
import { draftHasAnswers, draftOf, readDraft, type SavedDraft } from './draft.js';
import type { DueFollowUp } from './effects.js';
import type { Position } from './flow.js';
import type { HomeChoice } from './home.js';
import type { NewsResult } from './news.js';
import type { EditInQuestion } from './note-history.js';
import type { Opening } from './opening.js';
import { initialState, type SessionAction, type SessionState } from './reducer.js';
import type { NoteRef, NotesPurpose } from './review/types.js';

// Which notes the review shows is the review core's type (src/session/review/types.ts).
export type { NotesPurpose };

export type GuideScreen = 'loading' | 'resume' | 'home' | 'prep' | 'news' | 'delete' | 'questions' | 'change' | 'done';

/**
 * How far the save at the review has got: a new interview asks first whether it is the next
 * round of a saved application; a changed answer may put hand edits in question.
 */
export type ReviewStage = 'idle' | 'checking-round' | 'ask-round' | 'saving' | 'failed' | 'keep-edit' | 'dropping-edit' | 'ready';

export interface StoreView {
  readonly candidate: Candidate | null;
  readonly interviews: readonly Interview[];
  readonly due: readonly DueFollowUp[];
}

export interface GuideState {
  readonly screen: GuideScreen;
  readonly session: SessionState;
  readonly store: StoreView;
  /** The unfinished session offered on the resume screen. */
  readonly draft: SavedDraft | null;
  /** The interview whose news is being recorded. */
  readonly news: Interview | null;
  /** The saved interview the answers belong to; null until a new one is first saved. */
  readonly interviewId: string | null;
  /** A saved interview opened from home (or the draft of one) brings its own, maybe older, candidate. */
  readonly openedCandidate: Candidate | null;
  readonly purpose: NotesPurpose;
  /**
   * Where the review was opened from: the home (a saved interview's notes, or the follow-up due),
   * which Esc on the review goes back to, or the questions, whose last one it goes back to.
   */
  readonly reviewFrom: 'home' | 'questions';
  /** Whether a new interview is the next round of a saved application: asked once. */
  readonly round: 'unknown' | 'yes' | 'no';
  readonly stage: ReviewStage;
  /** The interview as stored by the last save at the review. */
  readonly saved: Interview | null;
  /** Hand edits a changed answer put in question, asked one by one; `asked` of them so far. */
  readonly questions: readonly EditInQuestion[];
  readonly asked: number;
  /** The note the review was on when the user went to change an answer: it opens there again. */
  readonly reviewAt: NoteRef | null;
  /**
   * What the last save at the review has to say once (the id moved with a fixed company or role,
   * or why it stays): shown whole on the review it leads to, and gone once the user moves on.
   */
  readonly notice: string | null;
  /** The review's manual checks are confirmed once per session, before the first copy. */
  readonly manualConfirmed: boolean;
  /** The scrollback: notices from the store, one recap per section finished, news recorded. */
  readonly log: readonly string[];
  /** The news recorded in this session, in a few words each, for what the session says when it ends. */
  readonly recorded: readonly string[];
  /** Why the last save failed, or null while saving works. */
  readonly problem: string | null;
  /**
   * What is due next, said when the session ends: this application's steps due by today (else its
   * next one), then every other saved application's due by today ("thank-you to Gloria Ruiz: due today").
   */
  readonly nextSteps?: readonly string[] | undefined;
  /** Why the interview could not be saved at the review (stage 'failed'), apart from the draft's saves. */
  readonly failure: string | null;
  /** What was last sent to be saved, so the same draft or candidate is not written twice. */
  readonly draftKey: string;
  readonly candidateKey: string;
}

export type GuideEvent =
  | { readonly type: 'opened'; readonly opening: Opening }
  | { readonly type: 'resume'; readonly yes: boolean }
  | { readonly type: 'home'; readonly choice: HomeChoice }
  /** Leaves the prep card, the news questions or the delete screen. */
  | { readonly type: 'back-home' }
  /** The interview picked on the delete screen, and confirmed. */
  | { readonly type: 'delete'; readonly interview: Interview }
  | {
      readonly type: 'interview-deleted';
      readonly id: string;
      /** How the home named it, for the scrollback. */
      readonly label: string;
      /** A calendar file had its steps: those reminders stay in the calendar. */
      readonly reminders: boolean;
      readonly due: readonly DueFollowUp[];
    }
  | { readonly type: 'interview-not-deleted'; readonly label: string; readonly why: string }
  /** The store read again on the way back home from a review; null when it could not be read. */
  | { readonly type: 'home-loaded'; readonly store: StoreView | null }
  | { readonly type: 'news'; readonly news: NewsResult }
  | {
      readonly type: 'news-recorded';
      readonly interview: Interview;
      readonly news: NewsResult;
      /** What is due next, in words. */
      readonly next: string;
      readonly due: readonly DueFollowUp[];
    }
  | { readonly type: 'session'; readonly action: SessionAction }
  | { readonly type: 'round-known'; readonly later: boolean }
  | { readonly type: 'round'; readonly yes: boolean }
  | {
      readonly type: 'interview-saved';
      readonly stored: Interview;
      readonly questions: readonly EditInQuestion[];
      /** Said once on the review: the id moved with a fixed company or role, or why it could not. */
      readonly notice?: string | undefined;
    }
  | { readonly type: 'interview-not-saved'; readonly why: string }
  | { readonly type: 'retry-save' }
  /** The answer for the first edit in question: keep it, or take the new text. */
  | { readonly type: 'keep-edit'; readonly keep: boolean }
  | { readonly type: 'edit-dropped'; readonly stored: Interview }
  /** `at`: the note on screen, which the review opens on again once the answer is changed. */
  | { readonly type: 'change-answers'; readonly at?: NoteRef | undefined }
  | { readonly type: 'change'; readonly to: Position }
  | { readonly type: 'change-cancelled' }
  | { readonly type: 'manual-confirmed' }
  | { readonly type: 'finish' }
  /** `next`: the steps due next once the review ends, in words (see GuideState.nextSteps). */
  | { readonly type: 'finished'; readonly next?: readonly string[] | undefined }
  | { readonly type: 'saved' }
  | { readonly type: 'save-failed'; readonly why: string };

export type GuideCommand =
  | { readonly type: 'save-draft'; readonly draft: SavedDraft }
  | { readonly type: 'clear-draft' }
  | { readonly type: 'save-candidate'; readonly candidate: Candidate }
  | { readonly type: 'check-round'; readonly interview: Interview }
  /** `known`: the id of the saved interview the answers replace, whose hand edits carry over. */
  | { readonly type: 'save-interview'; readonly interview: Interview; readonly known: string | null; readonly round: boolean }
  | { readonly type: 'drop-edit'; readonly interview: Interview; readonly edit: NoteEdit }
  | {
      readonly type: 'record-news';
      readonly interview: Interview;
      readonly news: NewsResult;
      /** The saved interviews, for what is due once the news is in. */
      readonly interviews: readonly Interview[];
    }
  /** `interviews`: the saved ones, for what is due once it is gone, and its name in the scrollback. */
  | { readonly type: 'delete-interview'; readonly interview: Interview; readonly interviews: readonly Interview[] }
  | { readonly type: 'finish'; readonly interviewId: string | null }
  /** Back home from a review: what is due has changed with the notes marked sent there. */
  | { readonly type: 'reload-home' };

export interface Step {
  readonly state: GuideState;
  readonly commands: readonly GuideCommand[];
}

export const candidateKeyOf = (candidate: Candidate | null) => (candidate ? JSON.stringify(candidate) : '');

/**
 * What no interview open means: the fields the loading screen starts with and the home goes back
 * to (guide-home.ts's homeLoaded), kept in one place so the two cannot drift apart.
 */
export const NO_INTERVIEW_OPEN = {
  draft: null,
  interviewId: null,
  openedCandidate: null,
  purpose: 'review',
  reviewFrom: 'questions',
  round: 'unknown',
  stage: 'idle',
  saved: null,
  questions: [],
  asked: 0,
  reviewAt: null,
  notice: null,
  failure: null,
  draftKey: '',
} as const satisfies Partial<GuideState>;

export function loadingState(): GuideState {
  return {
    ...NO_INTERVIEW_OPEN,
    screen: 'loading',
    session: initialState(),
    store: { candidate: null, interviews: [], due: [] },
    news: null,
    manualConfirmed: false,
    log: [],
    recorded: [],
    problem: null,
    candidateKey: '',
  };
}

/** The first screen: resume an unfinished draft, else home with saved interviews, else the questions. */
export function openedState(state: GuideState, { loaded, due }: Opening): GuideState {
  const unfinished = readDraft(loaded.draft);
  const draft = unfinished && draftHasAnswers(unfinished, loaded.candidate) ? unfinished : null;
  return {
    ...state,
    screen: draft ? 'resume' : loaded.interviews.length > 0 ? 'home' : 'questions',
    store: { candidate: loaded.candidate, interviews: loaded.interviews, due },
    log: [...state.log, ...loaded.notices],
    session: initialState({ ...initialState().answers, candidate: candidateAnswersOf(loaded.candidate) }),
    draft,
    candidateKey: candidateKeyOf(loaded.candidate),
  };
}

/** Whether the answers are being asked: then every change is saved as the draft, and Ctrl-C saves it. */
export function asking(state: GuideState): boolean {
  return state.screen === 'questions' || state.screen === 'change';
}

/**
 * Nothing the user gave is there to save: on the questions, no unfinished session was offered,
 * no draft was written yet, and no answer differs from what the session began with (the saved
 * profile's details at most). No draft is written then, and Ctrl-C, `kill` or a closed terminal
 * claim no answers.
 */
export function nothingToSave(state: GuideState): boolean {
  return (
    asking(state) &&
    state.draft === null &&
    state.draftKey === '' &&
    !draftHasAnswers(draftOf(state.session, state.interviewId), state.openedCandidate ?? state.store.candidate)
  );
}

/**
 * The review of an interview saved with the answers on screen (or the list of answers to change
 * on it, or the hand edits that save put in question): nothing of it is unfinished.
 */
export function savedComplete(state: GuideState): boolean {
  return (
    asking(state) &&
    state.saved !== null &&
    state.session.position.step === 'review' &&
    (state.stage === 'ready' || state.stage === 'keep-edit' || state.stage === 'dropping-edit')
  );
}

/** What Ctrl-C, `kill` or a closed terminal leaves for the next start. */
export type StopOutcome =
  /** Nothing was being answered (the home, news recorded) or nothing was given yet. */
  | { readonly kind: 'nothing' }
  /** The interview is saved whole: the draft written while it was open goes, so none is offered. */
  | { readonly kind: 'saved'; readonly interviewId: string }
  /** Questions not all answered, or answers not saved yet: the draft the next start offers. */
  | { readonly kind: 'draft'; readonly draft: SavedDraft };

export function stopOutcome(state: GuideState): StopOutcome {
  if (!asking(state) || nothingToSave(state)) return { kind: 'nothing' };
  const saved = savedComplete(state) ? state.saved : null;
  if (saved !== null) return { kind: 'saved', interviewId: saved.id };
  return { kind: 'draft', draft: draftOf(state.session, state.interviewId) };
}

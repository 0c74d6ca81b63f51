// The session core's moves before the questions: resuming or dropping last time's draft, each
// choice of the home, and news recorded from it.
import { isCallTo } from '../compose/recipients.js';
import { answersOf } from './answers.js';
import { stateOf } from './draft.js';
import { REVIEW } from './flow.js';
import { candidateAnswersOf } from './answers.js';
import {
  candidateKeyOf,
  NO_INTERVIEW_OPEN,
  type GuideCommand,
  type GuideEvent,
  type GuideState,
  type Step,
  type StoreView,
} from './guide-state.js';
import type { HomeChoice } from './home.js';
import { deleteMessages } from './home-messages.js';
import { newsMessages } from './news-messages.js';
import { initialState } from './reducer.js';

export function resumed(state: GuideState, yes: boolean): Step {
  const { draft } = state;
  const none: readonly GuideCommand[] = [];
  if (!yes || !draft) {
    const screen = state.store.interviews.length > 0 ? 'home' : 'questions';
    return { state: { ...state, screen, draft: null }, commands: [{ type: 'clear-draft' }] };
  }
  // A draft of a saved interview started from that interview's details, as opening it does.
  const opened = state.store.interviews.find((saved) => saved.id === draft.interviewId);
  return {
    state: {
      ...state,
      screen: 'questions',
      session: stateOf(draft),
      interviewId: draft.interviewId,
      openedCandidate: opened?.candidate ?? null,
      draft: null,
    },
    commands: none,
  };
}

export function chosen(state: GuideState, choice: HomeChoice): GuideState {
  switch (choice.kind) {
    case 'new':
      return { ...state, screen: 'questions' };
    case 'prep':
      return { ...state, screen: 'prep' };
    case 'delete':
      return { ...state, screen: 'delete' };
    case 'news':
      return { ...state, screen: 'news', news: choice.interview };
    case 'follow-up':
    case 'notes':
      // A saved interview opens at its review, with its own (maybe older) candidate details.
      return {
        ...state,
        screen: 'questions',
        purpose: choice.kind === 'follow-up' ? 'follow-up' : 'review',
        reviewFrom: 'home',
        interviewId: choice.interview.id,
        openedCandidate: choice.interview.candidate,
        session: initialState(answersOf(choice.interview), REVIEW),
        // A due entry opens on its step's note; the interview's notes on the first still to send.
        reviewAt: choice.at ?? null,
      };
  }
}

/**
 * Esc on a review opened from the home goes back there. The interview is saved as the review
 * shows it, so the draft written while it was open goes; the store is read again, since notes
 * marked sent on the review change what the home says is due.
 */
export function leftReview(state: GuideState): Step {
  return { state: { ...state, screen: 'loading' }, commands: [{ type: 'clear-draft' }, { type: 'reload-home' }] };
}

/** The home again, as the session opened on it: no interview open, the answers of none. */
export function homeLoaded(state: GuideState, read: StoreView | null): GuideState {
  const store = read ?? state.store;
  return {
    ...state,
    screen: 'home',
    store,
    ...NO_INTERVIEW_OPEN,
    session: initialState({ ...initialState().answers, candidate: candidateAnswersOf(store.candidate) }),
    candidateKey: candidateKeyOf(store.candidate),
  };
}

export function newsRecorded(state: GuideState, event: Extract<GuideEvent, { type: 'news-recorded' }>): GuideState {
  const { interview, news, next } = event;
  const interviews = state.store.interviews.map((i) => (i.id === interview.id ? interview : i));
  const line =
    news.type === 'outcome'
      ? newsMessages.recordedOutcome(interview.company, news.status, next)
      : newsMessages.recordedSent(news.kind, isCallTo(interview, news.kind, news.to), news.to, next);
  return {
    ...state,
    screen: 'home',
    news: null,
    store: { ...state.store, interviews, due: event.due },
    log: [...state.log, line],
    recorded: [
      ...state.recorded,
      news.type === 'outcome'
        ? newsMessages.shortOutcome(interview.company, news.status)
        : newsMessages.shortSent(news.kind, news.to),
    ],
  };
}

export function interviewDeleted(state: GuideState, event: Extract<GuideEvent, { type: 'interview-deleted' }>): GuideState {
  const said = [deleteMessages.deleted(event.label), ...(event.reminders ? [deleteMessages.reminders] : [])];
  return {
    ...state,
    screen: 'home',
    store: { ...state.store, interviews: state.store.interviews.filter((i) => i.id !== event.id), due: event.due },
    log: [...state.log, ...said],
  };
}

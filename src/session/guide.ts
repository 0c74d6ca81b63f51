// The guided session as one pure step function: home, resume, the questions, the save at the
// review and the moves between them. `step(state, event)` returns the next state and the effects
// to run; nothing here touches the world. The Ink app and the line mode only render the state
// and send events (tested without either: test/unit/session/guide.test.ts).
import { candidateAnswersOf } from './answers.js';
import { draftOf } from './draft.js';
import type { SectionId, SessionContext } from './fields.js';
import { fieldAt, START, type Position } from './flow.js';
import { enterReview, roundAnswered, roundKnown } from './guide-review.js';
import {
  asking,
  nothingToSave,
  openedState,
  type GuideCommand,
  type GuideEvent,
  type GuideState,
  type Step,
} from './guide-state.js';
import { chosen, homeLoaded, interviewDeleted, leftReview, newsRecorded, resumed } from './guide-home.js';
import { deleteMessages } from './home-messages.js';
import { editDropped, keepEdit } from './keep-edit.js';
import { candidateComplete, candidateOf } from './interview.js';
import { withKnownContact } from './known-contact.js';
import { createReducer } from './reducer.js';
import { answeredSummaries, SECTION_ORDER, sectionSummary } from './summary.js';
import type { Interview } from '../model/types.js';
import type { NoteRef } from './review/types.js';

export function sectionOf(position: Position): SectionId {
  if (position.step === 'interviewers' || position.step === 'review') return position.step;
  return fieldAt(position)?.section ?? 'about';
}

const none: readonly GuideCommand[] = [];
/** The review itself is on screen, its interview saved as shown. */
const onReview = (state: GuideState) =>
  state.screen === 'questions' && state.session.position.step === 'review' && state.stage === 'ready';
const only = (state: GuideState): Step => ({ state, commands: none });
/** On the first question, with a home to go back to and nothing given yet that Esc would drop. */
const backToHome = (state: GuideState) =>
  state.screen === 'questions' &&
  state.session.returnTo === null &&
  state.session.position.step === START.step &&
  state.store.interviews.length > 0 &&
  nothingToSave(state);

export function createGuide(context: SessionContext) {
  const reduce = createReducer(context);

  function transition(state: GuideState, event: GuideEvent): Step {
    switch (event.type) {
      case 'opened':
        return only(openedState(state, event.opening));
      case 'resume': {
        const next = resumed(state, event.yes);
        if (!event.yes || next.state.screen !== 'questions') return next;
        // What was answered before is on screen again, as it is when the answers are typed in one go.
        const { session } = next.state;
        const recaps = answeredSummaries(sectionOf(session.position), session, context.dateStyle);
        const log = [...next.state.log, ...recaps.filter((line) => !next.state.log.includes(line))];
        return { ...next, state: { ...next.state, log } };
      }
      case 'home':
        return only(chosen(state, event.choice));
      case 'back-home':
        return only({ ...state, screen: 'home', news: null });
      case 'news':
        if (state.news === null) return only(state);
        return {
          state,
          commands: [{ type: 'record-news', interview: state.news, news: event.news, interviews: state.store.interviews }],
        };
      case 'news-recorded':
        return only(newsRecorded(state, event));
      case 'delete':
        if (state.screen !== 'delete') return only(state);
        return {
          state: { ...state, screen: 'loading' },
          commands: [{ type: 'delete-interview', interview: event.interview, interviews: state.store.interviews }],
        };
      case 'interview-deleted':
        return only(interviewDeleted(state, event));
      case 'home-loaded':
        return only(state.screen === 'loading' ? homeLoaded(state, event.store) : state);
      case 'interview-not-deleted':
        return only({ ...state, screen: 'home', log: [...state.log, deleteMessages.failed(event.label, event.why)] });
      case 'session': {
        if (event.action.type === 'back' && state.reviewFrom === 'home' && onReview(state)) return leftReview(state);
        // Back from the first question of a new interview begun on the home, before anything was
        // answered: the home again, as it was (nothing was written, so nothing is cleared).
        if (event.action.type === 'back' && backToHome(state)) return only({ ...state, screen: 'home' });
        // Someone met in a saved round of this application: their addresses are shown again.
        const session = withKnownContact(state.session, reduce(state.session, event.action), state.store.interviews);
        const before = sectionOf(state.session.position);
        const after = sectionOf(session.position);
        // The scrollback tells the story: a section left forwards leaves a one-line recap.
        const recap =
          state.screen === 'questions' &&
          event.action.type !== 'restore' &&
          SECTION_ORDER.indexOf(after) === SECTION_ORDER.indexOf(before) + 1 &&
          session.returnTo === null;
        // Left again with the same answers (back with Esc, then on), the recap is on screen already.
        const line = recap ? sectionSummary(before, session.answers, context.dateStyle) : null;
        return only({
          ...state,
          session,
          log: line === null || state.log.includes(line) ? state.log : [...state.log, line],
        });
      }
      case 'round-known':
        return roundKnown(state, event.later, context);
      case 'round':
        return roundAnswered(state, event.yes, context);
      case 'interview-saved': {
        if (state.stage !== 'saving') return only(state);
        const others = state.store.interviews.filter((i) => i.id !== event.stored.id && i.id !== state.interviewId);
        return only({
          ...state,
          // Not in the scrollback: its last line stayed above every later screen, the rest
          // scrolled away; the review shows it whole until the next key that acts.
          notice: event.notice ?? null,
          interviewId: event.stored.id,
          saved: event.stored,
          // The interview as saved before this change (the review let go of it when the change began).
          reviewAt: renamed(state.reviewAt, state.store.interviews.find((i) => i.id === state.interviewId) ?? null, event.stored),
          store: { ...state.store, interviews: [...others, event.stored] },
          questions: event.questions,
          asked: 0,
          stage: event.questions.length > 0 ? 'keep-edit' : 'ready',
          failure: null,
        });
      }
      case 'interview-not-saved':
        return only(state.stage === 'saving' ? { ...state, stage: 'failed', failure: event.why } : state);
      case 'retry-save':
        return state.stage === 'failed' ? enterReview({ ...state, failure: null }, context) : only(state);
      case 'keep-edit':
        return keepEdit(state, event.keep);
      case 'edit-dropped':
        return only(editDropped(state, event.stored));
      case 'change-answers':
        return only(state.stage === 'ready' ? { ...state, screen: 'change', reviewAt: event.at ?? null } : state);
      case 'change':
        return only({ ...state, screen: 'questions', session: reduce(state.session, { type: 'change', to: event.to }) });
      case 'change-cancelled':
        return only({ ...state, screen: 'questions' });
      case 'manual-confirmed':
        return only({ ...state, manualConfirmed: true });
      case 'finish':
        return {
          state: { ...state, stage: 'idle', screen: 'loading' },
          commands: [{ type: 'finish', interviewId: state.interviewId }],
        };
      case 'finished':
        return only({ ...state, screen: 'done', nextSteps: event.next });
      case 'saved':
        return only(state.problem === null ? state : { ...state, problem: null });
      case 'save-failed':
        return only(state.problem === event.why ? state : { ...state, problem: event.why });
    }
  }

  /** After every event: the review's save, and the draft and candidate saved while asking. */
  function settle({ state, commands }: Step): Step {
    let next = state;
    const more: GuideCommand[] = [];
    if (asking(next) && next.session.position.step !== 'review' && next.stage !== 'idle') {
      next = { ...next, stage: 'idle', saved: null, questions: [], asked: 0 };
    }
    // A notice belongs to the review it came with: once the user leaves it, it has been seen.
    if (next.notice !== null && !(next.screen === 'questions' && next.session.position.step === 'review')) {
      next = { ...next, notice: null };
    }
    if (next.screen === 'questions' && next.session.position.step === 'review' && next.stage === 'idle') {
      const entered = enterReview(next, context);
      next = entered.state;
      more.push(...entered.commands);
    }
    if (asking(next)) {
      const draft = draftOf(next.session, next.interviewId);
      const key = JSON.stringify(draft);
      if (key !== next.draftKey && !nothingToSave(next)) {
        next = { ...next, draftKey: key };
        more.unshift({ type: 'save-draft', draft });
      }
      const candidate = candidateToSave(next);
      if (candidate !== null) {
        next = { ...next, candidateKey: JSON.stringify(candidate) };
        more.push({ type: 'save-candidate', candidate });
      }
    }
    return { state: next, commands: [...commands, ...more] };
  }

  return function step(state: GuideState, event: GuideEvent): Step {
    return settle(transition(state, event));
  };
}

/**
 * The candidate is kept for next time once the "About you" answers are complete and were changed
 * here: opening an old interview must not put its older details back over the saved ones.
 */
function candidateToSave(state: GuideState): ReturnType<typeof candidateOf> | null {
  const { answers, position } = state.session;
  if (sectionOf(position) === 'about' || !candidateComplete(answers.candidate)) return null;
  const candidate = candidateOf(answers.candidate);
  const key = JSON.stringify(candidate);
  const baseline = state.openedCandidate ?? state.store.candidate;
  if (key === state.candidateKey || key === JSON.stringify(candidateOf(candidateAnswersOf(baseline)))) return null;
  return candidate;
}

/**
 * The note the review was on, under the new answers: a person renamed by the change is the same
 * person (at the same place among the interviewers, or the recruiter), so the review opens on
 * their note again and not on the first one.
 */
function renamed(at: NoteRef | null, before: Interview | null, after: Interview): NoteRef | null {
  if (at === null || before === null) return at;
  if (before.recruiter?.name === at.to && after.recruiter !== undefined) return { ...at, to: after.recruiter.name };
  const index = before.interviewers.findIndex((person) => person.name === at.to);
  const now = index === -1 || before.interviewers.length !== after.interviewers.length ? undefined : after.interviewers[index];
  return now === undefined ? at : { ...at, to: now.name };
}

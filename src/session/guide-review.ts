// The save at the review, as transitions over GuideState. Reaching the review saves the
// interview (a new one first asks whether it is a saved application's next round); a changed
// answer saves it again, carrying the hand edits over, and keep-edit.ts asks about those the new
// answers would write differently. The notes are shown only once the interview is stored.
import { savedSlugFor } from '../model/slug.js';
import type { SessionContext } from './fields.js';
import type { GuideCommand, GuideState, Step } from './guide-state.js';
import { interviewOf } from './interview.js';
import { firstMissing } from './reducer.js';

const none: readonly GuideCommand[] = [];

/** What reaching the review starts: the missing answer first, else the round question or the save. */
export function enterReview(state: GuideState, context: SessionContext): Step {
  const missing = firstMissing(state.session.answers, context);
  // A resumed or edited draft may still lack an answer: ask it, then come back here.
  if (missing !== null) {
    return { state: { ...state, session: { ...state.session, position: missing, returnTo: 'review' } }, commands: none };
  }
  const known = state.interviewId;
  const { company, role } = state.session.answers;
  const id =
    known ??
    savedSlugFor(
      company,
      role,
      state.store.interviews.map((saved) => saved.id),
    );
  const interview = interviewOf(state.session.answers, { id });
  if (known === null && state.round === 'unknown') {
    return { state: { ...state, stage: 'checking-round' }, commands: [{ type: 'check-round', interview }] };
  }
  return {
    state: { ...state, stage: 'saving' },
    commands: [{ type: 'save-interview', interview, known, round: known === null && state.round === 'yes' }],
  };
}

export function roundKnown(state: GuideState, later: boolean, context: SessionContext): Step {
  if (state.stage !== 'checking-round') return { state, commands: none };
  if (later) return { state: { ...state, stage: 'ask-round' }, commands: none };
  return enterReview({ ...state, round: 'no' }, context);
}

export function roundAnswered(state: GuideState, yes: boolean, context: SessionContext): Step {
  if (state.stage !== 'ask-round') return { state, commands: none };
  return enterReview({ ...state, round: yes ? 'yes' : 'no' }, context);
}

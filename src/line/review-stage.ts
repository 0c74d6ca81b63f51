// The review step, line by line, as far as the session core's save has got: the round question,
// a failed save to try again, the hand edits a changed answer put in question, then the review.
import { CancelledError } from '../cli/errors.js';
import type { GuideEvent, GuideState } from '../session/index.js';
import { newsMessages, reviewSaveMessages } from '../session/index.js';
import type { SessionDeps } from '../session/effects.js';
import { reviewDeps } from './adapt.js';
import { askKeepEdit } from './keep-edits.js';
import { messages } from './messages.js';
import type { Prompter } from './prompter.js';
import { runReview } from './review.js';

export async function askReviewStage(state: GuideState, deps: SessionDeps, prompter: Prompter): Promise<GuideEvent> {
  const { answers } = state.session;
  switch (state.stage) {
    case 'ask-round':
      return { type: 'round', yes: await prompter.confirm(newsMessages.roundQuestion(answers.company, answers.role), true) };
    case 'failed':
      if (await prompter.confirm(reviewSaveMessages.failed(state.failure ?? ''), true)) return { type: 'retry-save' };
      throw new CancelledError(messages.cancelled);
    case 'keep-edit':
      return askKeepEdit(state, prompter);
    case 'ready': {
      const review = reviewDeps(deps, state.store.interviews, prompter, state.purpose);
      const outcome = await runReview(state.saved!, answers, review);
      if (outcome.type === 'change') return { type: 'change', to: outcome.to };
      // Back as Esc on the full-screen review: the session core knows where the review came from.
      return outcome.type === 'back' ? { type: 'session', action: { type: 'back' } } : { type: 'finish' };
    }
    default:
      // The save runs to its end before the next prompt (src/line/drive.ts): nothing to ask.
      throw new Error(`the review cannot be shown while its save is ${state.stage}`);
  }
}

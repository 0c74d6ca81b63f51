// One action and everything it sets off, run to the end: for the line mode and regen, which
// wait for each outcome before they print or ask the next question.
import { reduceReview } from './reduce.js';
import { runEffect, type ReviewEffects } from './run-effect.js';
import type { ReviewAction, ReviewEffect, ReviewState } from './types.js';

export async function settle(
  state: ReviewState,
  first: ReviewAction | readonly ReviewEffect[],
  effects: ReviewEffects,
): Promise<ReviewState> {
  const pending: ReviewAction[] = [];
  const run = (list: readonly ReviewEffect[]) =>
    Promise.all(list.map((effect) => runEffect(effect, effects, (action) => pending.push(action))));
  let now = state;
  if (Array.isArray(first)) await run(first);
  else pending.push(first as ReviewAction);
  for (let action = pending.shift(); action; action = pending.shift()) {
    const step = reduceReview(now, action);
    now = step.state;
    await run(step.effects);
  }
  return now;
}

// After a changed answer: the hand edits the new answers write differently, put to the user one
// by one, as transitions over GuideState. An edit stays unless the user picks the new text; a
// replaced edit is dropped from the store at once, so an answer given is never lost to a
// Ctrl-C. Both front ends draw the question on screen and send the answer (src/ui/review/
// keep-edit.tsx, src/line/keep-edits.ts); only this module decides what follows.
import type { GuideCommand, GuideState, Step } from './guide-state.js';
import { type EditInQuestion, withoutEdits } from './note-history.js';

const none: readonly GuideCommand[] = [];

/** The edit on screen, which of how many it is; null outside the question. */
export function editAsked(
  state: GuideState,
): { readonly question: EditInQuestion; readonly n: number; readonly total: number } | null {
  const [question] = state.questions;
  if ((state.stage !== 'keep-edit' && state.stage !== 'dropping-edit') || question === undefined) return null;
  return { question, n: state.asked + 1, total: state.asked + state.questions.length };
}

/** The answer for the edit on screen: keep it, or take the new text (dropping the edit from the store). */
export function keepEdit(state: GuideState, keep: boolean): Step {
  const [first, ...rest] = state.questions;
  // A second key while the first answer is being saved answers nothing.
  if (state.stage !== 'keep-edit' || !first || !state.saved) return { state, commands: none };
  if (keep) return { state: afterQuestion(state, rest), commands: none };
  const edits = withoutEdits(state.saved.edits ?? [], [first.edit]);
  return {
    state: { ...state, stage: 'dropping-edit' },
    commands: [{ type: 'drop-edit', interview: { ...state.saved, edits }, edit: first.edit }],
  };
}

/** The store has dropped the replaced edit: on to the next question, or to the review. */
export function editDropped(state: GuideState, stored: GuideState['saved']): GuideState {
  if (state.stage !== 'dropping-edit') return state;
  return afterQuestion({ ...state, saved: stored }, state.questions.slice(1));
}

function afterQuestion(state: GuideState, rest: GuideState['questions']): GuideState {
  return { ...state, questions: rest, asked: state.asked + 1, stage: rest.length > 0 ? 'keep-edit' : 'ready' };
}

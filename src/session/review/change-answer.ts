// From the review: which answers can be changed (the shared questions that apply to these
// answers, and the interviewer list), and where each one leads back into the questions.
import type { Answers } from '../answers.js';
import type { Field } from '../fields.js';
import { LIST, type Position, SHARED_FIELDS } from '../flow.js';

/** The choice that opens the interviewer list instead of one question. */
export const INTERVIEWERS = 'interviewers';

/** The shared questions these answers were asked, in the order of the questions. */
export function changeableFields(answers: Answers): readonly Field[] {
  return SHARED_FIELDS.filter((field) => field.when === undefined || field.when(answers, 0));
}

/** Where changing `choice` (a field id, or INTERVIEWERS) goes. */
export function positionOf(choice: string): Position {
  return choice === INTERVIEWERS ? LIST : { step: choice as Position['step'], index: 0 };
}

// The guided session as a pure reducer: the views dispatch what the user did, this decides what
// is kept and which screen comes next. No React, no I/O: tested on its own (test/unit/session).
import { EMPTY_ANSWERS, EMPTY_INTERVIEWER, type Answers } from './answers.js';
import type { FieldValue, SessionContext } from './fields.js';
import {
  LIST,
  PERSON_FIELDS,
  REVIEW,
  START,
  fieldAt,
  nextPosition,
  personStart,
  previousPosition,
  type Position,
} from './flow.js';
import { problems } from './messages.js';
import { tidy } from './sanitize.js';

export interface SessionState {
  readonly answers: Answers;
  readonly position: Position;
  /** What to type instead, after an answer that could not be used; null when all is well. */
  readonly error: string | null;
  /** Set when the user came from the review to change an answer: the change leads back there. */
  readonly returnTo: 'review' | null;
}

export type SessionAction =
  | { readonly type: 'answer'; readonly value: FieldValue }
  | { readonly type: 'back' }
  /** Keeps a half-entered value (topics typed so far) without checking it or moving on. */
  | { readonly type: 'keep'; readonly value: FieldValue }
  | { readonly type: 'add-interviewer' }
  | { readonly type: 'edit-interviewer'; readonly index: number }
  | { readonly type: 'remove-interviewer'; readonly index: number }
  | { readonly type: 'interviewers-done' }
  /** From the review: go and change one answer (or the interviewer list), then come back. */
  | { readonly type: 'change'; readonly to: Position }
  | { readonly type: 'restore'; readonly state: SessionState };

export function initialState(answers: Answers = EMPTY_ANSWERS, position: Position = START): SessionState {
  return { answers, position, error: null, returnTo: null };
}

function clean(value: FieldValue): FieldValue {
  if (typeof value === 'string') return tidy(value);
  return value.map(tidy).filter((item) => item !== '');
}

/** Interviewers added and left before they had a name are not kept. */
function pruneUnnamed(answers: Answers): Answers {
  const kept = answers.interviewers.filter((p) => p.name !== '');
  return kept.length === answers.interviewers.length ? answers : { ...answers, interviewers: kept };
}

/** Why the interviewer list cannot be left yet, or undefined. */
export function listProblem(answers: Answers, context: SessionContext): string | undefined {
  if (answers.interviewers.length === 0) return problems.noInterviewers;
  for (const [index, person] of answers.interviewers.entries()) {
    if (person.name === '') return problems.unnamed;
    for (const field of PERSON_FIELDS) {
      if (field.when && !field.when(answers, index)) continue;
      const value = field.read(answers, index) as never;
      const problem = field.validate(value, answers, context);
      if (problem !== undefined) return problems.unfinished(person.name, problem);
    }
  }
  return undefined;
}

export function createReducer(context: SessionContext) {
  return function reduce(state: SessionState, action: SessionAction): SessionState {
    const { answers, position } = state;
    switch (action.type) {
      case 'answer': {
        const field = fieldAt(position);
        if (!field) return state;
        const value = clean(action.value);
        const error = (field.validate as (v: FieldValue, a: Answers, c: SessionContext) => string | undefined)(
          value,
          answers,
          context,
        );
        if (error !== undefined) return { ...state, error };
        const written = (field.write as (a: Answers, i: number, v: FieldValue, c: SessionContext) => Answers)(
          answers,
          position.index,
          value,
          context,
        );
        if (state.returnTo === 'review' && !field.perInterviewer) {
          return { answers: written, position: REVIEW, error: null, returnTo: null };
        }
        return { ...state, answers: written, position: nextPosition(position, written), error: null };
      }
      case 'keep': {
        const field = fieldAt(position);
        if (!field) return state;
        const write = field.write as (a: Answers, i: number, v: FieldValue, c: SessionContext) => Answers;
        return { ...state, answers: write(answers, position.index, clean(action.value), context) };
      }
      case 'back': {
        const field = fieldAt(position);
        const inPerson = field?.perInterviewer ?? false;
        if (state.returnTo === 'review' && !inPerson) {
          return { answers: pruneUnnamed(answers), position: REVIEW, error: null, returnTo: null };
        }
        const previous = previousPosition(position, answers);
        const stays = fieldAt(previous)?.perInterviewer === true && previous.index === position.index;
        const leftPerson = inPerson && !stays;
        return { ...state, answers: leftPerson ? pruneUnnamed(answers) : answers, position: previous, error: null };
      }
      case 'add-interviewer': {
        const index = answers.interviewers.length;
        const interviewers = [...answers.interviewers, EMPTY_INTERVIEWER];
        return { ...state, answers: { ...answers, interviewers }, position: personStart(index), error: null };
      }
      case 'edit-interviewer':
        if (!answers.interviewers[action.index]) return state;
        return { ...state, position: personStart(action.index), error: null };
      case 'remove-interviewer': {
        const interviewers = answers.interviewers.filter((_, i) => i !== action.index);
        return { ...state, answers: { ...answers, interviewers }, position: LIST, error: null };
      }
      case 'interviewers-done': {
        const error = listProblem(answers, context);
        if (error !== undefined) return { ...state, error };
        if (state.returnTo === 'review') return { ...state, position: REVIEW, error: null, returnTo: null };
        return { ...state, position: nextPosition(LIST, answers), error: null };
      }
      case 'change':
        return { ...state, position: action.to, error: null, returnTo: action.to.step === 'review' ? null : 'review' };
      case 'restore':
        return action.state;
    }
  };
}

/** The first question whose answer is missing or unusable, or null when the review can be shown. */
export function firstMissing(answers: Answers, context: SessionContext): Position | null {
  let position = START;
  for (let guard = 0; guard < 200 && position.step !== 'review'; guard += 1) {
    if (position.step === 'interviewers') {
      if (listProblem(answers, context) !== undefined) return LIST;
    } else {
      const field = fieldAt(position)!;
      const value = field.read(answers, position.index) as never;
      if (field.validate(value, answers, context) !== undefined) {
        return field.perInterviewer ? LIST : position;
      }
      if (field.perInterviewer) {
        position = LIST;
        continue;
      }
    }
    position = nextPosition(position, answers);
  }
  return null;
}

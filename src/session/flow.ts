// Which question comes next and which came before. The order is the step table's order; the
// only loop is the interviewers: their questions repeat per person, with a list view between.
import type { Answers } from './answers.js';
import { FIELDS, type Field, type FieldId } from './fields.js';

/** A screen of the session: one question, the interviewer list, or the review. */
export type StepId = FieldId | 'interviewers' | 'review';

export interface Position {
  readonly step: StepId;
  /** Which interviewer a per-interviewer question is about; 0 elsewhere. */
  readonly index: number;
}

export const START: Position = { step: 'candidate.name', index: 0 };
export const LIST: Position = { step: 'interviewers', index: 0 };
export const REVIEW: Position = { step: 'review', index: 0 };

const BEFORE_LIST = FIELDS.filter((f) => f.section === 'about' || f.section === 'interview');
const PER_PERSON = FIELDS.filter((f) => f.perInterviewer);
const AFTER_LIST = FIELDS.filter((f) => f.section === 'next');

export function fieldAt(position: Position): Field | null {
  return FIELDS.find((f) => f.id === position.step) ?? null;
}

function asked(field: Field, answers: Answers, index: number): boolean {
  return field.when === undefined || field.when(answers, index);
}

function firstAsked(fields: readonly Field[], answers: Answers, index: number, from = 0): Field | null {
  for (let at = from; at < fields.length; at += 1) if (asked(fields[at]!, answers, index)) return fields[at]!;
  return null;
}

function lastAsked(fields: readonly Field[], answers: Answers, index: number, before = fields.length): Field | null {
  for (let at = before - 1; at >= 0; at -= 1) if (asked(fields[at]!, answers, index)) return fields[at]!;
  return null;
}

const at = (field: Field, index = 0): Position => ({ step: field.id, index });

/** Where the interviewer questions start: straight into the first person, or the list once there is one. */
function interviewersEntry(answers: Answers): Position {
  return answers.interviewers.length === 0 ? at(PER_PERSON[0]!, 0) : LIST;
}

export function nextPosition(position: Position, answers: Answers): Position {
  const { step, index } = position;
  if (step === 'review') return REVIEW;
  if (step === 'interviewers') return at(firstAsked(AFTER_LIST, answers, 0) ?? AFTER_LIST[0]!);
  for (const group of [BEFORE_LIST, PER_PERSON, AFTER_LIST]) {
    const place = group.findIndex((f) => f.id === step);
    if (place === -1) continue;
    const next = firstAsked(group, answers, index, place + 1);
    if (next) return at(next, group === PER_PERSON ? index : 0);
    if (group === BEFORE_LIST) return interviewersEntry(answers);
    if (group === PER_PERSON) return LIST;
    return REVIEW;
  }
  return START;
}

export function previousPosition(position: Position, answers: Answers): Position {
  const { step, index } = position;
  const lastBeforeList = at(lastAsked(BEFORE_LIST, answers, 0) ?? BEFORE_LIST[0]!);
  if (step === 'review') return at(lastAsked(AFTER_LIST, answers, 0) ?? AFTER_LIST[0]!);
  if (step === 'interviewers') return lastBeforeList;
  for (const group of [BEFORE_LIST, PER_PERSON, AFTER_LIST]) {
    const place = group.findIndex((f) => f.id === step);
    if (place === -1) continue;
    const previous = lastAsked(group, answers, index, place);
    if (previous) return at(previous, group === PER_PERSON ? index : 0);
    if (group === BEFORE_LIST) return START;
    if (group === PER_PERSON) return hasOthers(answers, index) ? LIST : lastBeforeList;
    return LIST;
  }
  return START;
}

/** Whether someone besides the interviewer at `index` is already on the list. */
function hasOthers(answers: Answers, index: number): boolean {
  return answers.interviewers.some((p, i) => i !== index && p.name !== '');
}

/** The first question of the interviewer at `index`. */
export function personStart(index: number): Position {
  return at(PER_PERSON[0]!, index);
}

export const PERSON_FIELDS: readonly Field[] = PER_PERSON;
export const SHARED_FIELDS: readonly Field[] = [...BEFORE_LIST, ...AFTER_LIST];

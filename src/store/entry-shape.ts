// The shape every reader of a saved interview relies on, checked field by field from the same
// field tables the interview file's schema is built from (src/model/interview-fields.ts), with
// the same validators and text rule (src/model/validate.ts, src/model/text-rules.ts), but
// without zod: `regen` and `list` read the store on every run, and zod would add about 14 ms and
// 900 KB to their start. Fields this check does not know (added to the model later) still pass
// the text rule, which walks every string.
import { inDateRange } from '../model/date-range.js';
import { parseIsoDate } from '../model/dates.js';
import { textProblems } from '../model/text-rules.js';
import { CANDIDATE_FIELDS, type Field, type Fields, INTERVIEW_FIELDS } from '../model/interview-fields.js';
import type { Validator } from '../model/validate.js';
import { messages as m } from './messages.js';

type Loose = Record<string, unknown>;
/** A check of one value: null when fine, else what is wrong (the path is added by the caller). */
type Check = (value: unknown) => string | null;

const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);
const inRange = inDateRange;

const text =
  (validator: Validator): Check =>
  (v) =>
    typeof v !== 'string' ? m.notText : (validator(v) ?? null);
const optional =
  (check: Check): Check =>
  (v) =>
    v === undefined ? null : check(v);
const anyText: Check = (v) => (typeof v === 'string' ? null : m.notText);
const oneOf =
  (choices: readonly string[]): Check =>
  (v) =>
    choices.includes(v as string) ? null : m.notAChoice(choices);
const day: Check = (v) => (typeof v === 'string' && parseIsoDate(v) !== null && inRange(v) ? null : m.notADay);
const instant: Check = (v) =>
  typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(v) && !Number.isNaN(Date.parse(v)) && inRange(v)
    ? null
    : m.notAnInstant;

function list(item: Check, min: number): Check {
  return (value) => {
    if (!Array.isArray(value)) return m.notAList;
    if (value.length < min) return m.emptyList;
    for (const [index, entry] of value.entries()) {
      const problem = item(entry);
      if (problem !== null) return `[${index}]${problem.startsWith('[') ? '' : ' '}${problem}`;
    }
    return null;
  };
}

/** The check of one field as the store keeps it: absent is fine only for an optional one. */
function checkOf(field: Field): Check {
  const check = requiredCheckOf(field);
  return field.optional ? optional(check) : check;
}

function requiredCheckOf(field: Field): Check {
  switch (field.type) {
    case 'text':
      return text(field.validate);
    case 'free':
      return anyText;
    // Ids are the store's keys: interviewProblem checks each against its key.
    case 'id':
      return anyText;
    case 'choice':
      return oneOf(field.choices);
    case 'day':
      return day;
    case 'instant':
      return instant;
    case 'count':
      return (v) =>
        Number.isInteger(v) && (v as number) >= field.min && (v as number) <= field.max
          ? null
          : m.notACount(field.min, field.max);
    case 'literal':
      return (v) => (v === field.value ? null : m.notAChoice([String(field.value)]));
    case 'list':
      return list(checkOf(field.of), field.min);
    case 'object':
      return object(field.fields);
    case 'nullable': {
      const inner = checkOf(field.of);
      return (v) => (v === null ? null : inner(v));
    }
    case 'split':
      return checkOf(field.store);
  }
}

/** The object's fields the store keeps (the file's format version is no field of the model). */
function object(fields: Fields): Check {
  const checks = Object.entries(fields)
    .filter(([, field]) => !field.fileOnly)
    .map(([name, field]) => [name, checkOf(field)] as const);
  return (value) => {
    if (!isObject(value)) return m.notAnObject;
    for (const [key, check] of checks) {
      const problem = check(value[key]);
      if (problem !== null) return `${key}: ${problem}`;
    }
    return null;
  };
}

const candidateShape = object(CANDIDATE_FIELDS);
const interviewShape = object(INTERVIEW_FIELDS);

function withTextRule(check: Check): Check {
  return (value) => {
    const unsafe = textProblems(value)[0];
    return unsafe !== undefined ? `${unsafe.path}: ${unsafe.problem}` : check(value);
  };
}

/** Why the saved interview under `key` cannot be used, or null. */
export function interviewProblem(key: string, value: unknown): string | null {
  const problem = withTextRule(interviewShape)(value);
  if (problem !== null) return problem;
  return (value as Loose).id === key ? null : m.idMismatch;
}

export const candidateProblem: Check = withTextRule(candidateShape);

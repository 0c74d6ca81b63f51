// The shape every reader of a saved interview relies on, checked field by field with the same
// validators and text rule the interview file's schema uses (model/validate.ts,
// model/text-rules.ts), but without zod: `regen` and `list` read the store on every run, and
// zod would add about 14 ms and 900 KB to their start. Fields this check does not know (added
// to the model later) still pass the text rule, which walks every string.
import { inDateRange } from '../model/date-range.js';
import { parseIsoDate } from '../model/dates.js';
import { textProblems } from '../model/text-rules.js';
import { FORMATS, MEDIA, NOTE_KINDS, STATUSES } from '../model/types.js';
import {
  type Validator,
  validateCompany,
  validateDetail,
  validateEmail,
  validatePersonName,
  validatePhone,
  validateRole,
  validateTimeframeText,
  validateTitle,
  validateTopic,
} from '../model/validate.js';
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

function object(fields: Readonly<Record<string, Check>>): Check {
  return (value) => {
    if (!isObject(value)) return m.notAnObject;
    for (const [key, check] of Object.entries(fields)) {
      const problem = check(value[key]);
      if (problem !== null) return `${key}: ${problem}`;
    }
    return null;
  };
}

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

export const candidateShape = object({
  name: text(validatePersonName),
  email: text(validateEmail),
  phone: text(validatePhone),
  signature: optional(anyText),
  resume: optional(anyText),
  link: optional(anyText),
});

const interviewerShape = object({
  name: text(validatePersonName),
  title: text(validateTitle),
  email: optional(text(validateEmail)),
  phone: optional(text(validatePhone)),
  medium: oneOf(MEDIA),
  topics: list(text(validateTopic), 1),
  detail: optional(text(validateDetail)),
});

const timeframeShape: Check = (v) =>
  v === null ? null : object({ text: text(validateTimeframeText), date: (d) => (d === null ? null : day(d)) })(v);

const interviewShape = object({
  id: anyText,
  candidate: candidateShape,
  company: text(validateCompany),
  role: text(validateRole),
  date: day,
  format: oneOf(FORMATS),
  interviewers: list(interviewerShape, 1),
  recruiter: optional(
    object({ name: text(validatePersonName), email: optional(text(validateEmail)), phone: optional(text(validatePhone)) }),
  ),
  timeframe: timeframeShape,
  status: oneOf(STATUSES),
  sent: list(
    object({
      kind: oneOf(NOTE_KINDS),
      to: text(validatePersonName),
      at: instant,
      method: optional(anyText),
      subject: optional(anyText),
      body: optional(anyText),
    }),
    0,
  ),
  edits: optional(
    list(object({ kind: oneOf(NOTE_KINDS), to: text(validatePersonName), subject: anyText, body: anyText, at: instant }), 0),
  ),
});

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

// The unfinished session as it is saved after every answer, and read back on the next start.
// The file is ours, but it may come from an older build or be cut short: anything that does not
// look like a draft is ignored (the session then starts fresh) rather than trusted.
import { FORMALITIES, TONES, VIA_NOTES, type Candidate } from '../model/types.js';
import { textProblems } from '../model/text-rules.js';
import {
  EMPTY_ANSWERS,
  EMPTY_CANDIDATE,
  EMPTY_INTERVIEWER,
  candidateAnswersOf,
  type Answers,
  type InterviewerAnswers,
} from './answers.js';
import { FIELDS } from './fields.js';
import type { Position, StepId } from './flow.js';
import { initialState, type SessionState } from './reducer.js';

export const DRAFT_VERSION = 1;

export interface SavedDraft {
  readonly version: typeof DRAFT_VERSION;
  readonly answers: Answers;
  readonly position: Position;
  readonly returnTo: 'review' | null;
  /** The saved interview this draft changes, when it came from one. */
  readonly interviewId: string | null;
}

export function draftOf(state: SessionState, interviewId: string | null = null): SavedDraft {
  return { version: DRAFT_VERSION, answers: state.answers, position: state.position, returnTo: state.returnTo, interviewId };
}

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string => (typeof v === 'string' ? v : '');
const texts = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const day = (v: unknown): string | null => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null);
function pick<T extends string>(v: unknown, allowed: readonly T[]): T | '' {
  return allowed.includes(v as T) ? (v as T) : '';
}

const STEPS = new Set<StepId>([...FIELDS.map((f) => f.id), 'interviewers', 'review']);

function personOf(v: unknown): InterviewerAnswers {
  const p = isObject(v) ? v : {};
  return {
    ...EMPTY_INTERVIEWER,
    name: text(p.name),
    title: text(p.title),
    email: text(p.email),
    phone: text(p.phone),
    medium: pick(p.medium, ['email', 'phone'] as const),
    topics: texts(p.topics),
    detail: text(p.detail),
    greeting: text(p.greeting),
    addition: text(p.addition),
  };
}

function answersFrom(v: Loose): Answers {
  const c = isObject(v.candidate) ? v.candidate : {};
  return {
    ...EMPTY_ANSWERS,
    candidate: {
      ...EMPTY_CANDIDATE,
      name: text(c.name),
      email: text(c.email),
      phone: text(c.phone),
      signature: text(c.signature),
      resume: text(c.resume),
    },
    company: text(v.company),
    role: text(v.role),
    // Older drafts kept the words typed ("monday"), which a later day reads as another date.
    dateText: day(v.date) ?? text(v.dateText),
    date: day(v.date),
    format: pick(v.format, ['onsite', 'video', 'phone'] as const),
    recruiterName: text(v.recruiterName),
    recruiterEmail: text(v.recruiterEmail),
    // Absent from drafts saved before the recruiter's phone was asked: empty, as skipped.
    recruiterPhone: text(v.recruiterPhone),
    // Absent from drafts saved before the recruiter's greeting was asked: derived from the name.
    recruiterGreeting: text(v.recruiterGreeting),
    interviewers: Array.isArray(v.interviewers) ? v.interviewers.map(personOf) : [],
    timeframeText: text(v.timeframeText),
    timeframeDate: day(v.timeframeDate),
    notSelected: pick(v.notSelected, ['yes', 'no'] as const),
    formality: pick(v.formality, FORMALITIES),
    tone: pick(v.tone, TONES),
    strength: text(v.strength),
    toldBy: text(v.toldBy),
    viaName: text(v.viaName),
    viaNotes: pick(v.viaNotes, VIA_NOTES),
  };
}

/** The saved draft, or null when `value` is not one this version can continue. */
export function readDraft(value: unknown): SavedDraft | null {
  if (!isObject(value) || value.version !== DRAFT_VERSION || !isObject(value.answers) || !isObject(value.position)) return null;
  // What the session types is sanitised as it is typed: a control character means another hand.
  if (textProblems(value).length > 0) return null;
  const answers = answersFrom(value.answers);
  const step = value.position.step as StepId;
  const index = value.position.index;
  if (!STEPS.has(step) || typeof index !== 'number' || !Number.isInteger(index) || index < 0) return null;
  // A per-interviewer question must point at someone on the list (or the next one being added).
  const perPerson = FIELDS.find((f) => f.id === step)?.perInterviewer ?? false;
  if (perPerson && index > answers.interviewers.length) return null;
  const withPending =
    perPerson && index === answers.interviewers.length
      ? { ...answers, interviewers: [...answers.interviewers, EMPTY_INTERVIEWER] }
      : answers;
  return {
    version: DRAFT_VERSION,
    answers: withPending,
    position: { step, index: perPerson ? index : 0 },
    returnTo: value.returnTo === 'review' ? 'review' : null,
    interviewId: typeof value.interviewId === 'string' ? value.interviewId : null,
  };
}

export function stateOf(draft: SavedDraft): SessionState {
  return { ...initialState(draft.answers, draft.position), returnTo: draft.returnTo };
}

/**
 * Whether a draft holds any answer worth offering to resume: one typed in the first section
 * counts too, but the saved candidate's details prefilled there do not.
 */
export function draftHasAnswers(draft: SavedDraft, saved: Candidate | null = null): boolean {
  const a = draft.answers;
  if (a.company !== '' || a.role !== '' || a.dateText !== '' || a.interviewers.length > 0) return true;
  // Past the first question: answers were given (maybe accepting what was prefilled).
  if (draft.position.step !== FIELDS[0]!.id) return true;
  const prefilled = candidateAnswersOf(saved);
  return (Object.keys(prefilled) as (keyof typeof prefilled)[]).some((key) => a.candidate[key].trim() !== prefilled[key].trim());
}

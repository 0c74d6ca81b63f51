// Recording news from the home screen, as a small step machine both renderers walk: what
// happened (an outcome, or a note sent by hand), then who told you, or which note to whom.
// Pure: the interview in, the question and its choices out, and finally what to record.
import { tellerOffPanel, tellers } from '../model/outcome.js';
import { NOTE_KINDS, STATUSES, type Interview, type NoteKind, type Status } from '../model/types.js';
import type { Choice } from './fields.js';
import { newsMessages as m } from './news-messages.js';

export type NewsStep =
  | { readonly step: 'what' }
  | { readonly step: 'told'; readonly status: Status }
  | { readonly step: 'kind' }
  | { readonly step: 'person'; readonly kind: NoteKind };

export type NewsResult =
  | { readonly type: 'outcome'; readonly status: Status; readonly toldBy: string | undefined }
  | { readonly type: 'sent'; readonly kind: NoteKind; readonly to: string };

const SENT = 'sent';
const NOBODY = '\u0000nobody';
// A no first: it is the news the coach has the most to do about.
const OUTCOME_ORDER: readonly Status[] = ['not-selected', 'offer', 'closed', 'waiting'];

export const FIRST_NEWS_STEP: NewsStep = { step: 'what' };

function peopleFor(interview: Interview, kind: NoteKind): string[] {
  const interviewers = interview.interviewers.map((person) => person.name);
  // The recruiter receives the contact request, and the reply to a no they told you of.
  const teller = kind === 'not-selected' ? tellerOffPanel(interview) : null;
  if (teller !== null) return [teller.name, ...interviewers];
  if (kind !== 'contact-request') return interviewers;
  return interview.recruiter ? [interview.recruiter.name, ...interviewers] : interviewers;
}

export function newsQuestion(
  step: NewsStep,
  interview: Interview,
): { readonly question: string; readonly options: readonly Choice[] } {
  switch (step.step) {
    case 'what':
      return {
        question: m.what,
        options: [
          ...OUTCOME_ORDER.filter((s) => STATUSES.includes(s)).map((s) => ({ value: s, label: m.outcome[s] })),
          { value: SENT, label: m.sentByHand },
        ],
      };
    case 'told':
      return {
        question: m.told,
        options: [...tellers(interview).map((name) => ({ value: name, label: name })), { value: NOBODY, label: m.someoneElse }],
      };
    case 'kind':
      return { question: m.kind, options: NOTE_KINDS.map((kind) => ({ value: kind, label: m.kinds[kind] })) };
    case 'person':
      return { question: m.person, options: peopleFor(interview, step.kind).map((name) => ({ value: name, label: name })) };
  }
}

/** The step after `value` was chosen, or what to record once nothing more is needed. */
export function answerNews(step: NewsStep, value: string): NewsStep | NewsResult {
  switch (step.step) {
    case 'what':
      if (value === SENT) return { step: 'kind' };
      return value === 'waiting'
        ? { type: 'outcome', status: 'waiting', toldBy: undefined }
        : { step: 'told', status: value as Status };
    case 'told':
      return { type: 'outcome', status: step.status, toldBy: value === NOBODY ? undefined : value };
    case 'kind':
      return { step: 'person', kind: value as NoteKind };
    case 'person':
      return { type: 'sent', kind: step.kind, to: value };
  }
}

export const isNewsResult = (value: NewsStep | NewsResult): value is NewsResult => 'type' in value;

// The data a template sees. Every field a template may test is always present (null when empty),
// because the renderer is strict: a typo in a template must fail loudly, not drop a sentence.
import type { Interview, IsoDateTime, NoteKind } from '../model/types.js';
import type { MissingAddress, Recipient } from './recipients.js';
import { formatDay } from '../model/dates.js';
import { dayOf } from '../model/sent-log.js';
import { baseName, foldName } from './words.js';

/** The earlier thank-you a follow-up quotes. */
export interface PriorNote {
  readonly subject: string;
  readonly body: string;
  /** When it went out, if the sent log knows. */
  readonly sentAt: IsoDateTime | null;
}

/** How many phrasings each paragraph of a note has. */
const VARIANTS = 3;

/**
 * Which phrasing each paragraph uses for the interviewer at `index`. The three choices follow a
 * Latin square, so any two of the first nine interviewers differ in at least two paragraphs and
 * neighbours' notes never read as copies of each other.
 */
export function variantOf(index: number) {
  const block = Math.floor(index / VARIANTS);
  return {
    open: index % VARIANTS,
    middle: (index + block) % VARIANTS,
    close: (index + 2 * block) % VARIANTS,
  };
}

/** Typed text, minus the stray final period that would double up inside a template's sentence. */
function clause(text: string): string {
  return text.trim().replace(/[.\s]+$/u, '');
}

function candidateOf(interview: Interview) {
  const { candidate } = interview;
  return {
    name: candidate.name.trim(),
    email: candidate.email.trim(),
    phone: candidate.phone.trim(),
    signatureLines: (candidate.signature ?? '')
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line.length > 0),
    link: candidate.link?.trim() || null,
    resumeFile: candidate.resume?.trim() ? baseName(candidate.resume.trim()) : null,
  };
}

function recipientOf(recipient: Recipient) {
  const person = recipient.interviewer;
  return {
    name: recipient.name.trim(),
    title: person?.title.trim() || null,
    topics: person ? person.topics.map(clause).filter((topic) => topic.length > 0) : [],
    detail: person?.detail?.trim() ? clause(person.detail) : null,
    phone: person?.phone?.trim() || null,
  };
}

/** Whether the sent log shows an earlier thank-you or call to this person (a voicemail then follows up). */
function contactedBefore(interview: Interview, name: string): boolean {
  const folded = foldName(name);
  return interview.sent.some(
    (entry) => foldName(entry.to) === folded && (entry.kind === 'thank-you' || entry.kind === 'voicemail'),
  );
}

export interface ContextExtras {
  readonly prior?: PriorNote | undefined;
  readonly missing?: readonly MissingAddress[] | undefined;
}

export function noteContext(interview: Interview, kind: NoteKind, recipient: Recipient, extras: ContextExtras = {}) {
  const { prior, missing = [] } = extras;
  return {
    kind,
    status: interview.status,
    v: variantOf(recipient.index),
    company: interview.company.trim(),
    role: interview.role.trim(),
    // Dates as the user's locale writes them (model/day-format.ts), as in the rest of the app;
    // a getter, because the first Intl date format costs a process 10 to 15 ms and most notes
    // name no date.
    get interviewDay() {
      return formatDay(interview.date);
    },
    candidate: candidateOf(interview),
    to: recipientOf(recipient),
    askingInterviewer: recipient.interviewer !== null,
    contactedBefore: contactedBefore(interview, recipient.name),
    prior: prior
      ? {
          subject: prior.subject.replace(/^(re:\s*)+/i, ''),
          body: prior.body,
          get sentOn() {
            return prior.sentAt ? formatDay(dayOf(prior.sentAt)) : null;
          },
        }
      : null,
    missing: missing.map((entry) => ({
      name: entry.interviewer.name.trim(),
      title: entry.interviewer.title.trim() || null,
      needs: entry.needs === 'email' ? 'email address' : 'phone number',
    })),
  };
}

// Notes sent through a go-between: the recruiter (or an interviewer) who asked the candidate to
// send the thanks through them, because the panel's addresses are private or because they collect
// the notes for the hiring file. One definition of which notes go that way, shared by compose
// (where a note is sent), the schedule and the file warnings (who still lacks an address).
import { foldName } from '../compose/words.js';
import { answerMedium } from './answer-medium.js';
import type { Interview, Interviewer, Note, NoteKind } from './types.js';
import { viaMessages } from './via-messages.js';

/** The notes that can travel through someone: the written ones to an interviewer. */
const WRITTEN: ReadonlySet<NoteKind> = new Set(['thank-you', 'follow-up', 'not-selected', 'stay-in-touch']);

export interface GoBetween {
  readonly name: string;
  readonly email: string;
  /** The interviewer they also were, when they sat on the panel: greeted as their own note greets them. */
  readonly interviewer: Interviewer | null;
}

/** The person the notes go through and their e-mail, or null when the notes go to each person. */
export function goBetweenOf(interview: Interview): GoBetween | null {
  const via = interview.via;
  if (via === undefined) return null;
  const folded = foldName(via.name);
  const interviewer = interview.interviewers.find((person) => foldName(person.name) === folded) ?? null;
  const recruiter = interview.recruiter && foldName(interview.recruiter.name) === folded ? interview.recruiter : undefined;
  const email = recruiter?.email?.trim() || interviewer?.email?.trim();
  return email ? { name: via.name, email, interviewer } : null;
}

/**
 * Whether `kind` to `person` goes through the go-between: a written note to anyone but the
 * go-between themselves, when it is a thank-you, when every note goes that way, or when the
 * person has no e-mail of their own (the go-between's is then the only address there is).
 */
export function goesVia(interview: Interview, person: Interviewer, kind: NoteKind): boolean {
  const between = goBetweenOf(interview);
  if (between === null || !WRITTEN.has(kind)) return false;
  if (foldName(person.name) === foldName(between.name)) return false;
  return kind === 'thank-you' || interview.via?.notes === 'all' || !person.email?.trim();
}

/**
 * Whether `kind` to `person` is written and sent through the go-between. A thank-you (or the note
 * after a no) to someone who reached you by phone stays a call: it answers in their medium.
 */
export function writtenThrough(interview: Interview, person: Interviewer, kind: NoteKind): boolean {
  const called = answerMedium(person) === 'phone' && (kind === 'thank-you' || kind === 'not-selected');
  return !called && goesVia(interview, person, kind);
}

/** Whether someone who reached you by e-mail can be written to without an address of their own. */
export function writtenViaSomeone(interview: Interview, person: Interviewer): boolean {
  return goesVia(interview, person, 'thank-you') && !person.email?.trim();
}

/** The recipient as the screens and commands name them: "Joost van der Berg, via Alex Kim" for a note through a go-between. */
export function shownRecipient(note: Pick<Note, 'to' | 'via'>): string {
  return note.via === undefined ? note.to : viaMessages.recipient(note.to, note.via.name);
}

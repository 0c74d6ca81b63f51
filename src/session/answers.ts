// The answers of a guided session, as typed. Everything is a string (or a list of strings) so a
// half-finished draft round-trips through JSON unchanged; turning them into the domain model
// happens once, in interview.ts, when the answers are complete.
import type { Candidate, Formality, Format, Interview, Interviewer, IsoDate, Medium, Tone, ViaNotes } from '../model/types.js';

export interface CandidateAnswers {
  readonly name: string;
  readonly email: string;
  readonly phone: string;
  readonly signature: string;
  readonly resume: string;
}

export interface InterviewerAnswers {
  readonly name: string;
  readonly title: string;
  /** '' when the user has no address for this person. */
  readonly email: string;
  readonly phone: string;
  readonly medium: Medium | '';
  readonly topics: readonly string[];
  readonly detail: string;
  /** How the candidate greets them; '' for the greeting derived from the name. */
  readonly greeting: string;
  readonly addition: string;
}

export interface Answers {
  readonly candidate: CandidateAnswers;
  readonly company: string;
  readonly role: string;
  /** The date as typed ("yesterday") and the day it was understood as. */
  readonly dateText: string;
  readonly date: IsoDate | null;
  readonly format: Format | '';
  readonly recruiterName: string;
  readonly recruiterEmail: string;
  readonly recruiterPhone: string;
  /** How the candidate greets the recruiter; '' while it is the one derived from the name. */
  readonly recruiterGreeting: string;
  readonly interviewers: readonly InterviewerAnswers[];
  /** The interviewer's own words, '' for "they gave none", and the day they resolve to. */
  readonly timeframeText: string;
  readonly timeframeDate: IsoDate | null;
  /** '' until asked. */
  readonly notSelected: 'yes' | 'no' | '';
  /** '' until asked: first names. */
  readonly formality: Formality | '';
  /** '' until asked: warm. */
  readonly tone: Tone | '';
  readonly strength: string;
  /** Who told the candidate the outcome, by the name saved for them; '' for nobody in particular. */
  readonly toldBy: string;
  /** The person the notes go through (src/model/via.ts), by the name saved for them; '' for nobody. */
  readonly viaName: string;
  /** '' until asked: the thank-yous. */
  readonly viaNotes: ViaNotes | '';
}

export const EMPTY_CANDIDATE: CandidateAnswers = { name: '', email: '', phone: '', signature: '', resume: '' };

export const EMPTY_INTERVIEWER: InterviewerAnswers = {
  name: '',
  title: '',
  email: '',
  phone: '',
  medium: '',
  topics: [],
  detail: '',
  greeting: '',
  addition: '',
};

export const EMPTY_ANSWERS: Answers = {
  candidate: EMPTY_CANDIDATE,
  company: '',
  role: '',
  dateText: '',
  date: null,
  format: '',
  recruiterName: '',
  recruiterEmail: '',
  recruiterPhone: '',
  recruiterGreeting: '',
  interviewers: [],
  timeframeText: '',
  timeframeDate: null,
  notSelected: '',
  formality: '',
  tone: '',
  strength: '',
  toldBy: '',
  viaName: '',
  viaNotes: '',
};

export function candidateAnswersOf(candidate: Candidate | null | undefined): CandidateAnswers {
  if (!candidate) return EMPTY_CANDIDATE;
  return {
    name: candidate.name,
    email: candidate.email,
    phone: candidate.phone,
    signature: candidate.signature ?? '',
    resume: candidate.resume ?? '',
  };
}

export function interviewerAnswersOf(person: Interviewer): InterviewerAnswers {
  return {
    name: person.name,
    title: person.title,
    email: person.email ?? '',
    phone: person.phone ?? '',
    medium: person.medium,
    topics: [...person.topics],
    detail: person.detail ?? '',
    greeting: person.greeting ?? '',
    addition: person.addition ?? '',
  };
}

/** The answers that would produce `interview` again: used to regenerate or change a saved one. */
export function answersOf(interview: Interview): Answers {
  return {
    candidate: candidateAnswersOf(interview.candidate),
    company: interview.company,
    role: interview.role,
    dateText: interview.date,
    date: interview.date,
    format: interview.format,
    recruiterName: interview.recruiter?.name ?? '',
    recruiterEmail: interview.recruiter?.email ?? '',
    recruiterPhone: interview.recruiter?.phone ?? '',
    recruiterGreeting: interview.recruiter?.greeting ?? '',
    interviewers: interview.interviewers.map(interviewerAnswersOf),
    timeframeText: interview.timeframe?.text ?? '',
    timeframeDate: interview.timeframe?.date ?? null,
    notSelected: interview.status === 'not-selected' ? 'yes' : 'no',
    formality: interview.formality ?? '',
    tone: interview.tone ?? '',
    strength: interview.strength ?? '',
    toldBy: interview.toldBy ?? '',
    viaName: interview.via?.name ?? '',
    viaNotes: interview.via?.notes ?? '',
  };
}

// Complete answers -> the domain model. The only place the session's strings become an Interview.
import type { Candidate, Interview, Interviewer, Medium } from '../model/types.js';
import type { Answers, CandidateAnswers, InterviewerAnswers } from './answers.js';
import { goBetweenOf } from '../model/via.js';

const orUndefined = (text: string): string | undefined => (text === '' ? undefined : text);

export function candidateOf(answers: CandidateAnswers): Candidate {
  return {
    name: answers.name,
    email: answers.email,
    phone: answers.phone,
    signature: orUndefined(answers.signature),
    resume: orUndefined(answers.resume),
  };
}

export function interviewerOf(person: InterviewerAnswers): Interviewer {
  // An unanswered medium follows the address you have: a number and no e-mail means calls.
  const medium: Medium = person.medium || (person.email === '' && person.phone !== '' ? 'phone' : 'email');
  return {
    name: person.name,
    title: person.title,
    email: orUndefined(person.email),
    phone: orUndefined(person.phone),
    medium,
    topics: [...person.topics],
    detail: orUndefined(person.detail),
    greeting: orUndefined(person.greeting),
    addition: orUndefined(person.addition),
  };
}

export interface InterviewHistory {
  readonly id: string;
  readonly sent?: Interview['sent'];
  readonly edits?: Interview['edits'];
}

/**
 * The interview the answers describe. Call it only once `firstMissing` says nothing is missing;
 * `history` carries the id (from the model's slug, or the saved one) and what was already sent.
 */
export function interviewOf(answers: Answers, history: InterviewHistory): Interview {
  if (answers.date === null) throw new Error('interviewOf: the interview date is not answered yet');
  const interview: Interview = {
    id: history.id,
    candidate: candidateOf(answers.candidate),
    company: answers.company,
    role: answers.role,
    date: answers.date,
    format: answers.format || 'onsite',
    interviewers: answers.interviewers.map(interviewerOf),
    recruiter:
      answers.recruiterName === ''
        ? undefined
        : {
            name: answers.recruiterName,
            email: orUndefined(answers.recruiterEmail),
            phone: orUndefined(answers.recruiterPhone),
            greeting: orUndefined(answers.recruiterGreeting),
          },
    timeframe: answers.timeframeText === '' ? null : { text: answers.timeframeText, date: answers.timeframeDate },
    status: answers.notSelected === 'yes' ? 'not-selected' : 'waiting',
    sent: history.sent ?? [],
    edits: history.edits,
    tone: answers.tone || undefined,
    formality: answers.formality || undefined,
    strength: orUndefined(answers.strength),
    toldBy: answers.notSelected === 'yes' ? orUndefined(answers.toldBy) : undefined,
    via: answers.viaName === '' ? undefined : { name: answers.viaName, notes: answers.viaNotes || 'thank-you' },
  };
  // A go-between changed away since (renamed, removed, their address cleared) is no longer one:
  // the notes go to each person, and the saved interview names nobody it could not reach.
  return interview.via !== undefined && goBetweenOf(interview) === null ? { ...interview, via: undefined } : interview;
}

/** True when the candidate answers are worth saving for next time. */
export function candidateComplete(answers: CandidateAnswers): boolean {
  return answers.name !== '' && answers.email !== '' && answers.phone !== '';
}

// Someone met again: a person named in the interviewer step who was an interviewer (or the
// recruiter) in a saved round of the same application keeps what was given for them then. The
// saved round fills their addresses in anyway (src/model/address.ts); the step shows them too,
// so nobody types an address again or thinks it lost. Pure.
import { foldName } from '../compose/words.js';
import type { Interview, Medium } from '../model/types.js';
import type { InterviewerAnswers } from './answers.js';
import type { SessionState } from './reducer.js';

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** What the latest saved round of this company and role that met `name` knows of them. */
function knownFor(
  name: string,
  company: string,
  role: string,
  saved: readonly Interview[],
): { email?: string; phone?: string; medium?: Medium } {
  const folded = foldName(name);
  const found: { email?: string; phone?: string; medium?: Medium } = {};
  const rounds = saved.filter((interview) => same(interview.company, company) && same(interview.role, role));
  // The latest round first: what was typed more recently is the one to trust.
  for (const interview of [...rounds].sort((a, b) => (b.round ?? 1) - (a.round ?? 1) || b.date.localeCompare(a.date))) {
    for (const person of interview.interviewers.filter((p) => foldName(p.name) === folded)) {
      found.email ??= person.email;
      found.phone ??= person.phone;
      found.medium ??= person.medium;
    }
    const recruiter = interview.recruiter;
    if (recruiter && foldName(recruiter.name) === folded) {
      found.email ??= recruiter.email;
      found.phone ??= recruiter.phone;
    }
  }
  return found;
}

/**
 * The session after its name question was answered (`before` asked it, `after` moved on), with
 * the e-mail, phone and medium a saved round of the same application gave this person, where
 * the answers have none yet: shown in their fields, to keep or change.
 */
export function withKnownContact(before: SessionState, after: SessionState, saved: readonly Interview[]): SessionState {
  const { step, index } = before.position;
  if (step !== 'interviewer.name' || after.position === before.position || after.error !== null) return after;
  const person = after.answers.interviewers[index];
  if (!person || person.name === '') return after;
  const known = knownFor(person.name, after.answers.company, after.answers.role, saved);
  const filled: InterviewerAnswers = {
    ...person,
    email: person.email || known.email || '',
    phone: person.phone || known.phone || '',
    medium: person.medium || known.medium || '',
  };
  if (filled.email === person.email && filled.phone === person.phone && filled.medium === person.medium) return after;
  const interviewers = after.answers.interviewers.map((p, i) => (i === index ? filled : p));
  return { ...after, answers: { ...after.answers, interviewers } };
}

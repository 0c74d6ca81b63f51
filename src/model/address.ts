// Whether you can answer someone the way they reached you. One definition, shared by the
// schedule (is a contact request due?), compose (who does it ask about?) and the file warnings.
import type { Interview, Interviewer } from './types.js';

export type AddressNeed = 'email' | 'phone';

/** The address you lack for the medium this person used with you, or null when you have it. */
export function missingAddress(person: Interviewer): AddressNeed | null {
  if (person.medium === 'email' && !person.email) return 'email';
  if (person.medium === 'phone' && !person.phone) return 'phone';
  return null;
}

/**
 * Who a contact request goes to: the recruiter when there is one, else the first interviewer you
 * can e-mail who lacks nothing themselves. Null when nobody can be asked.
 */
export function whoToAsk(
  interview: Interview,
): { readonly name: string; readonly email?: string | undefined; readonly index: number | null } | null {
  if (interview.recruiter) return { name: interview.recruiter.name, email: interview.recruiter.email, index: null };
  const index = interview.interviewers.findIndex((person) => Boolean(person.email) && missingAddress(person) === null);
  const person = interview.interviewers[index];
  return person ? { name: person.name, email: person.email, index } : null;
}

// Whether you can answer someone the way they reached you. One definition, shared by the
// schedule (is a contact request due?), compose (who does it ask about?) and the file warnings.
import type { Interviewer } from './types.js';

export type AddressNeed = 'email' | 'phone';

/** The address you lack for the medium this person used with you, or null when you have it. */
export function missingAddress(person: Interviewer): AddressNeed | null {
  if (person.medium === 'email' && !person.email) return 'email';
  if (person.medium === 'phone' && !person.phone) return 'phone';
  return null;
}

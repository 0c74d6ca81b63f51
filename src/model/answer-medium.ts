// How the candidate answers each interviewer: one definition for the schedule, compose, the
// checklist and the file warnings, so none of them calls someone the others write to.
import type { Interviewer, Medium } from './types.js';

/**
 * The medium the candidate answers this person in: the one they used, except that someone who
 * phoned but left only an e-mail address is written to. Asking the recruiter for a number to
 * call them on would be a favour nobody needs: the address in hand reaches them today, and the
 * note can offer a call instead (templates/partials/call-offer.hbs).
 */
export function answerMedium(person: Pick<Interviewer, 'medium' | 'email' | 'phone'>): Medium {
  return person.medium === 'phone' && !person.phone?.trim() && Boolean(person.email?.trim()) ? 'email' : person.medium;
}

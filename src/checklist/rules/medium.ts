// medium-mismatch: answer in the medium the interviewer used ("phone calls with phone calls").
// Someone who reached you by phone is thanked (also after a no) and followed up with a call, even when the file
// also holds an e-mail address for them; an e-mail is fine only if they asked for one, which the
// message says. The coach's own notes to them are call scripts (src/compose/recipients.ts).
// Keeping in touch months later is the exception, as the coach writes it: an e-mail waits to be
// read where a call interrupts, so only a caller with a number and no address to write to (their
// own, or a go-between's the notes go through: src/model/via.ts) is called then.
import { answerMedium } from '../../model/answer-medium.js';
import { writtenThrough } from '../../model/via.js';
import { MESSAGES } from '../messages.js';
import { recipientOf } from '../people.js';
import type { RuleCheck } from '../types.js';
import { isCallScript } from './call-script.js';
import { notePoint } from './content.js';

export const mediumMismatch: RuleCheck = (draft, context) => {
  const person = recipientOf(context)?.interviewer;
  // A caller who left only an e-mail address is written to (src/model/answer-medium.ts): no number, no call.
  if (person?.medium !== 'phone' || answerMedium(person) !== 'phone' || isCallScript(draft, context)) return [];
  // A thank-you or follow-up e-mail, whatever addresses the file holds. A note of no stated kind
  // only when there is no address to write to: it may be a later note, which may be a mail.
  const noAddress = !person.email?.trim();
  if (context.kind === 'stay-in-touch') {
    const through = context.interview !== undefined && writtenThrough(context.interview, person, 'stay-in-touch');
    // A number to call and no address to write to, as src/compose/recipients.ts decides a call.
    const callOnly = noAddress && Boolean(person.phone?.trim()) && !through;
    return callOnly ? [{ ...notePoint(draft), message: MESSAGES.mediumMismatchNoAddress(person.name) }] : [];
  }
  // The reply to a no is the thanks after the news, within a day of it: a caller gets it by
  // phone, as a thank-you, and the coach writes it as a call script (src/compose/recipients.ts).
  const written =
    context.kind === 'follow-up' ||
    context.kind === 'thank-you' ||
    context.kind === 'not-selected' ||
    (context.kind === undefined && noAddress);
  if (!written) return [];
  return [{ ...notePoint(draft), message: MESSAGES.mediumMismatch(person.name, context.kind === 'follow-up') }];
};

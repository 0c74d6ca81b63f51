// generic-subject: the subject line is what gets a note opened and found again.
import { MESSAGES } from '../messages.js';
import { bare, wordsOf } from '../text.js';
import type { RuleCheck } from '../types.js';

/** Words that say nothing about which interview a note is about. */
const GENERIC = new Set(
  'thank thanks thankyou you following follow followup up checking check in just quick question hi hello hey interview interviews note update status touching touch base again re fw fwd a an the my your our for of and on to about regarding today yesterday time meeting chat call conversation application candidacy position role job opportunity team greetings hope well info information request'.split(
    ' ',
  ),
);

export const genericSubject: RuleCheck = (draft, context) => {
  if (context.kind === 'voicemail' || draft.subject === null) return [];
  const at = Math.max(draft.subjectStart, 0);
  const subject = draft.subject.trim();
  const plain = subject.replace(/^(?:(?:re|fwd?|aw|sv)\s*:\s*)+/i, '').trim();
  if (plain === '' || /^\(?no subject\)?$/i.test(plain)) {
    return [{ start: at, end: at + subject.length, message: MESSAGES.emptySubject() }];
  }
  const words = wordsOf(plain).map((word) => bare(word.text));
  if (words.every((word) => GENERIC.has(word) || /^\d+$/.test(word))) {
    return [{ start: at, end: at + subject.length, message: MESSAGES.genericSubject(subject) }];
  }
  const interview = context.interview;
  if (interview) {
    const specific = new Set(
      [...wordsOf(interview.role), ...wordsOf(interview.company)]
        .map((word) => bare(word.text))
        .filter((word) => !GENERIC.has(word)),
    );
    if (specific.size > 0 && !words.some((word) => specific.has(word))) {
      return [{ start: at, end: at + subject.length, message: MESSAGES.subjectWithoutRole(subject, interview.role) }];
    }
  }
  return [];
};

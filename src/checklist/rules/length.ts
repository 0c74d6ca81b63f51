// one-liner and too-long: a note should be three to five sentences, about 100 to 180 words.
import type { NoteKind } from '../../model/types.js';
import { MESSAGES } from '../messages.js';
import { greetingOf, signatureOf } from '../people.js';
import { sentencesOf, wordsOf } from '../text.js';
import type { Draft, RuleCheck } from '../types.js';

/** Fewer words than this reads as a one-liner ("Can you call me back?"), greeting and signature aside. */
export const MIN_WORDS = 25;

/** Well past the length each kind should have: "far past", not "a little over". */
export const MAX_WORDS: Readonly<Record<NoteKind, number>> = {
  'thank-you': 250,
  'follow-up': 200,
  voicemail: 130,
  'contact-request': 200,
  'not-selected': 220,
  'stay-in-touch': 220,
};
const DEFAULT_MAX = 250;

/**
 * The writer's words between the greeting and the closing. The greeting ends with the last name
 * it addresses, not with its line: "Hi Raymond, this is Zoë…" is one line of message after it.
 */
function messageRange(draft: Draft): { start: number; end: number } {
  const greeting = greetingOf(draft);
  const signature = signatureOf(draft);
  const start = greeting ? (greeting.addressees.at(-1)?.end ?? greeting.line.end) : 0;
  let end = draft.prose.length;
  if (signature) {
    // Stop at the closing line ("Best regards,"), the line above the signature.
    const before = draft.prose.lastIndexOf('\n', signature.start - 1);
    const closing = draft.prose.lastIndexOf('\n', before - 1);
    end = Math.max(start, closing < 0 ? before : closing);
  }
  return { start, end };
}

export const oneLiner: RuleCheck = (draft) => {
  const { start, end } = messageRange(draft);
  const words = wordsOf(draft.prose, start, end);
  const all = wordsOf(draft.prose);
  if (all.length === 0) return [];
  const sentences = sentencesOf(draft.prose.slice(0, end)).filter((s) => s.end > start);
  if (words.length >= MIN_WORDS && (sentences.length > 1 || words.length >= 40)) return [];
  const first = words[0] ?? all[0]!;
  const last = words[words.length - 1] ?? all[all.length - 1]!;
  return [{ start: first.start, end: last.end, message: MESSAGES.oneLiner(words.length) }];
};

export const tooLong: RuleCheck = (draft, context) => {
  const limit = context.kind ? MAX_WORDS[context.kind] : DEFAULT_MAX;
  const { start, end } = messageRange(draft);
  const words = wordsOf(draft.prose, start, end);
  if (words.length <= limit) return [];
  const over = words[limit]!;
  return [{ start: over.start, end: over.end, message: MESSAGES.tooLong(words.length, limit) }];
};

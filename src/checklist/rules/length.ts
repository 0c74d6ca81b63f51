// one-liner and too-long: a note should be three to five sentences, about 100 to 180 words, and a
// voicemail about half a minute.
import type { NoteKind } from '../../model/types.js';
import { MESSAGES } from '../messages.js';
import { greetingOf, signatureOf } from '../people.js';
import { sentencesOf, wordsOf } from '../text.js';
import type { Draft, RuleCheck } from '../types.js';

/**
 * Fewer words than this reads as a one-liner ("Can you call me back?", "Thanks for yesterday.
 * Talk soon."), greeting and signature aside; so does a single sentence of fewer than 40. Two
 * sentences of twenty-odd words ("The 27th has passed, so I wanted to ask whether there's news on
 * the job. My résumé is attached again.") are a short note, which a follow-up may well be.
 */
export const MIN_WORDS = 15;

/**
 * A note that thanks (a thank-you, a reply to a no, a stay-in-touch note) or a voicemail has more
 * to carry: the thanks, one thing said with this reader, the interest or the door left open. Three
 * breezy sentences of some twenty words ("Thanks heaps for today. Loved the chat about the audits.
 * Hope to see you again soon!") are still a one-liner in three pieces, however friendly.
 */
export const MIN_THANKING_WORDS = 25;

const minWordsFor = (kind: NoteKind | undefined): number =>
  kind === 'follow-up' || kind === 'contact-request' ? MIN_WORDS : MIN_THANKING_WORDS;

/**
 * The longest each kind of note is advised to be: a written note three to five sentences, about
 * 100 to 180 words; a voicemail about half a minute spoken, some 90 words, as it is heard once.
 */
export const ADVISED_WORDS: Readonly<Record<NoteKind, number>> = {
  'thank-you': 180,
  'follow-up': 180,
  voicemail: 90,
  'contact-request': 180,
  'not-selected': 180,
  'stay-in-touch': 180,
};

/**
 * How far past the advice a note must run to be "far past" it: half as long again. A note a few
 * words over (202 where 180 is advised) is a note to trim if the writer likes, not a warning;
 * one past 270 words has a paragraph the reader skips.
 */
const FAR_PAST = 1.5;

/** The word count past which a note of this kind is far past its advised length. */
export const maxWordsFor = (kind: NoteKind | undefined): number => Math.round(ADVISED_WORDS[kind ?? 'thank-you'] * FAR_PAST);

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

export const oneLiner: RuleCheck = (draft, context) => {
  const { start, end } = messageRange(draft);
  const words = wordsOf(draft.prose, start, end);
  const all = wordsOf(draft.prose);
  if (all.length === 0) return [];
  // The greeting's own sentence ("Hi Russell,") ends inside the range: only sentences with words of the message count.
  const sentences = sentencesOf(draft.prose.slice(0, end)).filter(
    (s) => s.end > start && /\p{L}/u.test(draft.prose.slice(Math.max(s.start, start), s.end)),
  );
  if (words.length >= minWordsFor(context.kind) && (sentences.length > 1 || words.length >= 40)) return [];
  const first = words[0] ?? all[0]!;
  const last = words[words.length - 1] ?? all[all.length - 1]!;
  return [{ start: first.start, end: last.end, message: MESSAGES.oneLiner(words.length) }];
};

export const tooLong: RuleCheck = (draft, context) => {
  const limit = maxWordsFor(context.kind);
  const { start, end } = messageRange(draft);
  const words = wordsOf(draft.prose, start, end);
  if (words.length <= limit) return [];
  const over = words[limit]!;
  const advised = ADVISED_WORDS[context.kind ?? 'thank-you'];
  const message =
    context.kind === 'voicemail' ? MESSAGES.tooLongVoicemail(words.length, advised) : MESSAGES.tooLong(words.length, advised);
  return [{ start: over.start, end: over.end, message }];
};

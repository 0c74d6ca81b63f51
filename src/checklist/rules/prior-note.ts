// Does a follow-up carry the note before it? People say so in many ways ("My note from the 20th
// is below", "I've attached my CV again with my thank-you of 27 November", "First note below",
// "Here's what I sent after our interview", "my first mail is under this one"): what they share
// is a phrase that names the earlier note and a word that carries it (attached, below, quoted,
// forwarded, here is). The phrase is read by its roles, not matched against a list of sentences.
import { sentencesOf, wordsOf } from '../text.js';
import type { Draft } from '../types.js';

/** Nouns for a note someone sent. */
const NOTE_NOUNS = new Set([
  'note',
  'notes',
  'email',
  'e-mail',
  'emails',
  'e-mails',
  'mail',
  'message',
  'messages',
  'letter',
  'thank-you',
  'thankyou',
  'thank-you-note',
  'reply',
  'response',
]);

/** Words before the noun that make it the earlier one: "my earlier note", "the original e-mail", "my thank-you note". */
const EARLIER = new Set([
  'earlier',
  'previous',
  'prior',
  'original',
  'first',
  'initial',
  'last',
  'former',
  'past',
  'thank-you',
  'thankyou',
  'thanks',
  'post-interview',
]);

/** Words after the noun that date it or say who sent it: "my note of 25 November", "the e-mail I sent", "my note after the interview". */
const DATED_BY = new Set(['of', 'from', 'on', 'dated', 'sent', 'written', 'after', 'following', 'i', 'that', 'which', 'last']);

const DETERMINERS = new Set(['my', 'our', 'the', 'that', 'this']);

/** Words that carry a note along with this one, wherever they stand in the sentence. */
const CARRIES = new Set([
  'attach',
  'attached',
  'attaching',
  'attaches',
  're-attach',
  're-attached',
  'reattach',
  'reattached',
  'enclose',
  'enclosed',
  'enclosing',
  'include',
  'included',
  'including',
  'forward',
  'forwarded',
  'forwarding',
  'quote',
  'quoted',
  'quoting',
  'paste',
  'pasted',
  'pasting',
  'copied',
  'copying',
  'resend',
  'resent',
  'resending',
  're-send',
  're-sent',
  're-sending',
  'below',
  'beneath',
  'underneath',
  'follows',
  'here',
  "here's",
  'here’s',
]);

/** Where a note stands when it is carried, said after the noun: "my note below", "the e-mail attached". */
const PLACES = new Set(['below', 'beneath', 'underneath', 'follows', 'attached', 'quoted', 'enclosed', 'included', 'forwarded']);

/** Prepositions that make the noun a place something was said, not a thing carried: "in my earlier note I said". */
const SAID_IN = new Set(['in', 'into', 'to', 'than', 'since', 'per', 'as']);

/** The words of a sentence, lower-cased, with either apostrophe read as one. */
function tokens(sentence: string): string[] {
  return wordsOf(sentence).map((word) => word.text.toLowerCase().replace(/\u2019/gu, "'"));
}

/** "under this (one)", "at the bottom", "at the end": a place further down the same e-mail. */
function placeAfter(words: readonly string[], at: number): boolean {
  const word = words[at];
  if (word === undefined) return false;
  if (PLACES.has(word)) return true;
  if (word === 'under' || word === 'after') return ['this', 'that', 'mine', 'here', 'my'].includes(words[at + 1] ?? '');
  return word === 'at' && words[at + 1] === 'the' && ['bottom', 'end', 'foot'].includes(words[at + 2] ?? '');
}

/** Subjects that open a clause of their own: "in my note I attached ..." says where, not what. */
const SUBJECTS = new Set(['i', 'we', 'you', 'he', 'she', 'they', 'it', "i've", "i'd", "i'm", "we've"]);

/** A place word within four words after the noun, before any new clause: "my note (from the 20th) is below". */
function placedAfter(words: readonly string[], noun: number): boolean {
  for (let step = 1; step <= 4; step += 1) {
    if (SUBJECTS.has(words[noun + step] ?? '')) return false;
    if (placeAfter(words, noun + step)) return true;
  }
  return false;
}

/**
 * The modifiers before the noun: words that make it the earlier one ("earlier", "thank-you",
 * "thank you"), and at most one other word right after a determiner ("my short note").
 */
function modifiers(
  words: readonly string[],
  noun: number,
): { readonly start: number; readonly earlier: boolean; readonly determined: boolean } {
  let at = noun;
  let earlier = false;
  while (at > 0) {
    const before = words[at - 1]!;
    if (EARLIER.has(before)) earlier = true;
    else if (before === 'you' && words[at - 2] === 'thank') {
      earlier = true;
      at -= 1;
    } else if (!(at === noun && !DETERMINERS.has(before) && DETERMINERS.has(words[at - 2] ?? ''))) break;
    at -= 1;
  }
  const determined = at > 0 && DETERMINERS.has(words[at - 1]!);
  return { start: determined ? at - 1 : at, earlier, determined };
}

/** The earlier note named at `noun`: an "earlier" word before it, or a determiner and a date or a sender after it. */
function namesEarlierNote(words: readonly string[], noun: number): boolean {
  const { earlier, determined } = modifiers(words, noun);
  // "First note below", "Original e-mail attached": an earlier word alone names it.
  if (earlier) return true;
  // "my note below", "my note of 25 November", "the e-mail I sent", and "resume and note from the
  // 17th" (a noun joined to one with a determiner), or a line that opens with the noun.
  const joined = ['and', 'plus', '&'].includes(words[noun - 1] ?? '');
  if (!determined && !joined && noun > 0) return false;
  return DATED_BY.has(words[noun + 1] ?? '') || (determined && placeAfter(words, noun + 1));
}

/** "what I sent", "the one I wrote", "what I e-mailed you": the earlier note without a noun. */
function namesSentThing(words: readonly string[], at: number): boolean {
  const sent = ['sent', 'wrote', 'emailed', 'e-mailed', 'mailed'];
  if (words[at] === 'what' && words[at + 1] === 'i') return sent.includes(words[at + 2] ?? '');
  return words[at] === 'one' && words[at - 1] === 'the' && words[at + 1] === 'i' && sent.includes(words[at + 2] ?? '');
}

/** True when one sentence of the writer's words names the earlier note and carries it. */
export function pointsAtPrior(prose: string): boolean {
  for (const sentence of sentencesOf(prose)) {
    const words = tokens(sentence.text);
    if (!words.some((word) => CARRIES.has(word) || word === 'under' || word === 'at')) continue;
    for (let at = 0; at < words.length; at += 1) {
      const word = words[at]!;
      if (namesSentThing(words, at)) {
        if (words.some((other) => CARRIES.has(other))) return true;
        continue;
      }
      if (!NOTE_NOUNS.has(word) || !namesEarlierNote(words, at)) continue;
      const { start } = modifiers(words, at);
      // "In my earlier note I attached a sample": the note is where something was said, unless
      // it is placed right after ("which I wrote about in my note below").
      const saidIn = start > 0 && SAID_IN.has(words[start - 1]!);
      const placed = placedAfter(words, at);
      if (placed) return true;
      if (!saidIn && words.some((other, index) => index !== at && CARRIES.has(other))) return true;
    }
  }
  return false;
}

/** A subject that forwards a note ("Fwd: Thank you ...") carries it whole. */
const FORWARDED = /^\s*(?:fwd?|tr|wg|rv)\s*:/iu;

/** True when the follow-up carries the earlier note: quoted, attached as composed, forwarded, or said to be below or attached. */
export function carriesPrior(draft: Draft): boolean {
  if (draft.quoted.trim() !== '' || (draft.quotes ?? '').trim() !== '') return true;
  if (draft.subject !== null && FORWARDED.test(draft.subject)) return true;
  return pointsAtPrior(draft.prose);
}

// Whether a draft is read aloud on a call (a voicemail, or the script of a thank-you call) rather
// than sent as an e-mail. A script says who is calling ("Hi Kofi, it's Dariusz", "this is Emmanuel
// Asare", "I'm calling about", "Joel Makoa here") or reads out a number ("five five five, oh one
// nine oh"), and it
// has no sign-off: an e-mail that opens "it's Jordan" still ends "Best regards, Jordan".
import { signatureOf } from '../people.js';
import type { CheckContext, Draft } from '../types.js';

/** How far into the writer's words a script says who is calling. */
const OPENING = 200;

/**
 * The caller's name after "this is", "it's" or "my name is", also where it opens a sentence ("Hello,
 * is that Ms Nic Dhomhnaill? It's Ffion"): the name's capital is the sign, so the words before it
 * may have one too.
 */
const INTRODUCTION =
  /\b(?:[Tt]his is|[Ii]t['\u2019]s|[Ii]t is|[Mm]y name is)\s+[A-Z]|\b(?:I['\u2019]m|I am)\s+(?:calling|ringing)\b|\b[Cc]alling\s+(?:about|to|from|back|regarding|again)\b/;

/**
 * The caller naming themselves the way people do on the phone, right after the greeting: "Hi
 * Gunnar, Joel Makoa here", "Hey Shanice, Tomasz Zieliński, 614 555 0112", "Walt, hi, Kwame
 * Asante, from the ride-along": a name and "here", the number to call back, or where the listener
 * knows them from, where an e-mail would start its first sentence.
 */
// Built on first use (a \p{..} class costs V8 its Unicode tables): most notes are told apart
// from a call script before this is asked.
let selfNamed: RegExp | undefined;
const SELF_NAMED = (): RegExp =>
  (selfNamed ??=
    /^[^,\n]{1,60},(?:\s*(?:[Hh]i|[Hh]ello|[Hh]ey|[Hh]iya)\s*,)?\s*\p{Lu}[\p{L}\p{M}'\u2019.-]*(?:\s+\p{Lu}[\p{L}\p{M}'\u2019.-]*){0,3}(?:\s+here\b|,\s*\+?\d[\d ().-]{6,}\d|,\s*from\s+(?:the|yesterday|yesterday's|our|your|my)\b)/u);

/** Four digits or more read out as words: "five five five, oh one nine oh". */
const SPOKEN_DIGITS =
  /\b(?:oh|zero|one|two|three|four|five|six|seven|eight|nine|double)(?:[ ,-]+(?:oh|zero|one|two|three|four|five|six|seven|eight|nine|double)){3}/i;

const scripts = new WeakMap<Draft, boolean>();

export function isCallScript(draft: Draft, context: CheckContext): boolean {
  if (context.kind === 'voicemail') return true;
  let script = scripts.get(draft);
  if (script === undefined) {
    const opening = draft.prose.slice(draft.bodyStart).trimStart().slice(0, OPENING);
    script =
      signatureOf(draft) === null &&
      (INTRODUCTION.test(opening) || SELF_NAMED().test(opening) || SPOKEN_DIGITS.test(draft.prose));
    scripts.set(draft, script);
  }
  return script;
}

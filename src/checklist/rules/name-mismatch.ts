// name-mismatch: the greeting is not the recipient, a known name is misspelled, or the note is
// signed with someone else's name. Names are the one thing a reader always checks.
import { startsLikeName, startsUpper } from '../chars.js';
import { MESSAGES } from '../messages.js';
import { greetingOf, namesPerson, recipientOf, signatureOf } from '../people.js';
import { bare, editDistance, fold, nameParts, wordsOf } from '../text.js';
import type { CheckContext, Hit, RuleCheck } from '../types.js';

/** Every person the context knows, with the parts of their name. */
function knownPeople(context: CheckContext): string[] {
  const interview = context.interview;
  const names = [context.to ?? '', interview?.candidate.name ?? '', interview?.recruiter?.name ?? ''];
  for (const person of interview?.interviewers ?? []) names.push(person.name);
  return names.filter((name) => name.trim() !== '');
}

/** The known name part `word` is a near miss of, or null ("Pryia" -> "Priya", "Jose" -> "José"). */
export function nearMissOf(word: string, parts: readonly string[]): string | null {
  const folded = fold(word);
  if (parts.some((part) => fold(part) === folded)) return null;
  for (const part of parts) {
    if (bare(part) === bare(word)) return part;
    const length = [...part].length;
    // Short names sit one letter away from ordinary words ("Sam"/"Same"): only long ones count.
    const allowed = length >= 8 ? 2 : length >= 5 ? 1 : 0;
    if (allowed > 0 && editDistance(folded, fold(part), allowed + 1) <= allowed && folded[0] === fold(part)[0]) return part;
  }
  return null;
}

export const nameMismatch: RuleCheck = (draft, context) => {
  const hits: Hit[] = [];
  const recipient = recipientOf(context);
  const greeting = greetingOf(draft);
  const people = knownPeople(context);
  const parts = people.flatMap(nameParts);
  const addressee = greeting?.addressees.length === 1 ? greeting.addressees[0] : undefined;
  if (recipient && addressee && !/^(all|everyone|everybody|team|folks)$/i.test(addressee.text)) {
    if (!namesPerson(addressee.text, recipient.name)) {
      const words = nameParts(addressee.text);
      const near = words.map((word) => nearMissOf(word, nameParts(recipient.name))).find((part) => part !== null);
      const message = near ? MESSAGES.misspelledName(addressee.text, near) : MESSAGES.greetingNotRecipient(addressee.text, recipient.name);
      hits.push({ start: addressee.start, end: addressee.end, message });
    }
  }
  // Misspelled names anywhere else in the writer's words (the greeting is covered above).
  if (parts.length > 0) {
    const reported = new Set<string>();
    for (const word of wordsOf(draft.prose)) {
      if (addressee && word.start >= addressee.start && word.end <= addressee.end) continue;
      if (!startsUpper(word.text) || reported.has(word.text)) continue;
      const near = nearMissOf(word.text.replace(/['’]s$/u, ''), parts);
      if (near) {
        reported.add(word.text);
        hits.push({ start: word.start, end: word.end, message: MESSAGES.misspelledName(word.text, near) });
      }
    }
  }
  const candidate = context.interview?.candidate.name;
  const signature = signatureOf(draft);
  if (candidate && signature && startsLikeName(signature.text) && !/[@\d]/.test(signature.text)) {
    const signed = signature.text.split(/[,|]/)[0]!.trim();
    if (nameParts(signed).length <= 4 && !namesPerson(signed, candidate) && !hits.some((hit) => hit.start === signature.start)) {
      hits.push({ start: signature.start, end: signature.start + signed.length, message: MESSAGES.signatureNotYou(signed, candidate) });
    }
  }
  return hits;
};

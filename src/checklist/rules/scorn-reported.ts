// tone-scathing: a judgement that is the reader's own word said back ("you said the old rota
// system is a nightmare", "when you called the intake form a disaster, I laughed") is theirs, not
// the writer's verdict. It stays the writer's when a turn follows the report ("you said it would
// be quick, but it was a shambles"), when the report comes after the judgement, and when the
// writer draws their own conclusion from it ("from what you described, it sounds well overdue").
import { sentencesFor } from './sentence-matches.js';
import type { Hit } from '../types.js';

/** The reader reporting: "you said", "you called", "as you put it", "in your words". */
const REPORTING =
  /(?<!\b(?:what|since|because|given|if|now\s+that|from\s+how|how)\s)\b(?:you|you'd|you've)\s+(?:(?:had|have|once|also|even|rightly|jokingly|yourself)\s+)?(?:said|called|described|mentioned|joked|admitted|told\s+me|put\s+it|referred\s+to|explained|warned\s+me|confessed|laughed\s+that)\b|\bas\s+you\s+(?:said|put\s+it|described\s+it|called\s+it)\b|\bin\s+your\s+(?:own\s+)?words\b/gi;
/** After the report, what makes the rest the writer's own: "you said it'd be quick, but", "and you didn't". */
const TURN =
  /\b(?:but|yet|though|although|however|whereas|which|so|because|and\s+(?:it|that|they|this)\s+(?:was|is|were|really|certainly|definitely)|and\s+(?:then\s+)?(?:you|they|he|she|nobody|no\s+one))\b|[;:\u2013\u2014]/i;

/** A report whose subject is the reader: "(you said) you were new to it", "(you told me) that you had never". */
const ABOUT_THEMSELVES = /^\s*(?:me\s+|us\s+)?(?:that\s+)?(?:you|you'd|you're|you've|you'll|yourself)\b/i;

/** What may come before a report in its sentence: nothing, or a word that opens a clause. */
const OPENS = /(?:^|\b(?:when|and|as|while|once|then|honestly|yes)|[,;(])\s*$/i;

/** Whether the hit's words are the reader's, reported inside their own sentence. */
export function reportedByReader(prose: string, hit: Hit): boolean {
  const sentence = sentencesFor(prose).find((s) => s.start <= hit.start && hit.start < s.end + 1);
  if (sentence === undefined) return false;
  const before = prose.slice(sentence.start, hit.end);
  let reported = -1;
  REPORTING.lastIndex = 0;
  for (let match = REPORTING.exec(before); match; match = REPORTING.exec(before)) {
    const end = match.index + match[0].length;
    // A report opens its clause ("You said", "When you called"); after a noun it is the
    // writer's own thing named ("the role you described is three jobs in one").
    const opens = OPENS.test(before.slice(0, match.index));
    if (opens && sentence.start + match.index <= hit.start + 1) reported = end;
  }
  if (reported < 0) return false;
  const rest = before.slice(reported);
  // Their own shortcoming said back to them is a jab, not their word: "you told me you had never run one".
  if (ABOUT_THEMSELVES.test(rest)) return false;
  return !TURN.test(rest);
}

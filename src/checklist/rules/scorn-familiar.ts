// tone-scathing's note on register: the reader addressed as a friend in a formal note ("you
// guys", "you lot", "hi guys", "thanks, mate"). Not scorn, but a slip of the same kind: it talks
// down to the reader's standing, and a formal reader notices. A warning, and only where the note
// is formal (it opens with "Dear", or the interview's tone is formal): a casual thank-you to a
// start-up may say it. The message offers the plain word instead.
import { MESSAGES } from '../messages.js';
import type { Hit } from '../types.js';

const FAMILIAR =
  /\byou\s+(?:guys|lot|lads|gals|folks|dudes)\b|\b(?:hey|hi|hiya|yo|thanks|thank\s+you|cheers)\s*,?\s+(?:guys|dude|dudes|mate|mates|buddy|pal|lads|folks|fam|bro)\b/gi;
/** A note that opens formally: "Dear Dr. Okafor,". */
const FORMAL_OPENING = /^\s*(?:subject:[^\n]*\n\s*)?dear\b/i;

/** Over-familiar address to the reader in a formal note, as warnings. */
export function familiarWarnings(prose: string, text: string, formal: boolean): Hit[] {
  if (!formal && !FORMAL_OPENING.test(text)) return [];
  const hits: Hit[] = [];
  FAMILIAR.lastIndex = 0;
  for (let match = FAMILIAR.exec(prose); match; match = FAMILIAR.exec(prose)) {
    const phrase = match[0].replace(/\s+/g, ' ');
    hits.push({
      start: match.index,
      end: match.index + match[0].length,
      severity: 'warning',
      message: MESSAGES.familiar(phrase),
    });
  }
  return hits;
}

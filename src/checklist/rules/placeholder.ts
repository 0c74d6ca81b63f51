// placeholder: a template's stand-in left in the text ("[Company]", "<Name>", "{{role}}", "XX").
// Sent as is, it shows the reader a form letter; no good note contains one, so it is an error.
import type { Severity } from '../../model/types.js';
import { DESCRIPTIONS, MESSAGES } from '../messages.js';
import type { Hit, RuleCheck } from '../types.js';
import { amongCapitals, STAND_INS } from './placeholder-shapes.js';

/** A greeting's stand-in ("  Dear ,") starts at its word, not at the line's indent. */
const leadingSpace = (text: string) => text.length - text.trimStart().length;

export const placeholderCheck: RuleCheck = (draft) => {
  const hits: Hit[] = [];
  const text = draft.prose;
  for (const { pattern, capitals } of STAND_INS) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const start = match.index + leadingSpace(match[0]);
      const end = match.index + match[0].length;
      if (capitals && amongCapitals(text, start, end)) continue;
      if (!hits.some((hit) => start < hit.end && end > hit.start))
        hits.push({ start, end, message: MESSAGES.placeholder(text.slice(start, end)) });
    }
  }
  // The subject line is prose too, as far as a stand-in goes.
  if (draft.subject !== null && draft.subjectStart >= 0) {
    for (const { pattern, capitals } of STAND_INS) {
      pattern.lastIndex = 0;
      for (let match = pattern.exec(draft.subject); match; match = pattern.exec(draft.subject)) {
        if (capitals && amongCapitals(draft.subject, match.index, match.index + match[0].length)) continue;
        const start = draft.subjectStart + match.index;
        if (hits.some((hit) => start < hit.end && start + match[0].length > hit.start)) continue;
        hits.push({ start, end: start + match[0].length, message: MESSAGES.placeholder(match[0]) });
      }
    }
  }
  return hits.sort((a, b) => a.start - b.start);
};

export const id = 'placeholder';
export const severity: Severity = 'error';
export const description: string = DESCRIPTIONS[id];
export const check: RuleCheck | null = placeholderCheck;

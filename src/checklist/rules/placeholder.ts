// placeholder: a template's stand-in left in the text ("[Company]", "<Name>", "{{role}}", "XX").
// Sent as is, it shows the reader a form letter; no good note contains one, so it is an error.
import type { Severity } from '../../model/types.js';
import { DESCRIPTIONS, MESSAGES } from '../messages.js';
import type { Hit, RuleCheck } from '../types.js';

/**
 * What a stand-in looks like, whatever words it holds:
 * - words in square or angle brackets: "[Your Name]", "[insert date]", "<Company>", "<name>"
 *   (not "[1]", a link's "[text](url)", "<dana@acme.example>" or "<https://...>");
 * - template braces: "{{role}}", "{first_name}", "${company}", "%NAME%";
 * - "XX", "XXX", "xx/xx": the filler for a name, date or number to come;
 * - a blank to fill in: "____".
 */
const STAND_INS = [
  /\[(?!\s*(?:sic|\d+|x|\s)\s*\])[^\][\r\n<>@]{1,40}\](?!\()/gi,
  /<(?![^>\r\n]*[@:/])[A-Za-z][^<>\r\n]{0,38}[A-Za-z.]>/g,
  /\$?\{\{?\s*[^{}\r\n]{1,40}\}\}?/g,
  /%[A-Za-z_]{2,30}%/g,
  /(?<![0-9A-Za-z\u00c0-\u024f])(?:XX+|xx+)(?:[/.-](?:XX+|xx+))*(?![0-9A-Za-z\u00c0-\u024f])/g,
  /_{3,}/g,
];

export const placeholderCheck: RuleCheck = (draft) => {
  const hits: Hit[] = [];
  const text = draft.prose;
  for (const pattern of STAND_INS) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const start = match.index;
      const end = start + match[0].length;
      if (!hits.some((hit) => start < hit.end && end > hit.start))
        hits.push({ start, end, message: MESSAGES.placeholder(match[0]) });
    }
  }
  // The subject line is prose too, as far as a stand-in goes.
  if (draft.subject !== null && draft.subjectStart >= 0) {
    for (const pattern of STAND_INS) {
      pattern.lastIndex = 0;
      for (let match = pattern.exec(draft.subject); match; match = pattern.exec(draft.subject)) {
        const start = draft.subjectStart + match.index;
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

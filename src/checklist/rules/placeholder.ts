// placeholder: a template's stand-in left in the text ("[Company]", "<Name>", "{{role}}", "XX").
// Sent as is, it shows the reader a form letter; no good note contains one, so it is an error.
import type { Severity } from '../../model/types.js';
import { DESCRIPTIONS, MESSAGES } from '../messages.js';
import type { Hit, RuleCheck } from '../types.js';
import { amongCapitals, STAND_INS } from './placeholder-shapes.js';

/** A greeting's stand-in ("  Dear ,") starts at its word, not at the line's indent. */
const leadingSpace = (text: string) => text.length - text.trimStart().length;

/** The stand-ins in `text`, each placed `offset` further on, added to `hits` where none is yet. */
function standInsOf(text: string, offset: number, hits: Hit[]): void {
  const lower = text.toLowerCase();
  for (const { pattern, capitals, needs } of STAND_INS) {
    if (needs !== undefined && !lower.includes(needs)) continue;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const start = match.index + leadingSpace(match[0]);
      const end = match.index + match[0].length;
      if (capitals && amongCapitals(text, start, end)) continue;
      if (!hits.some((hit) => offset + start < hit.end && offset + end > hit.start))
        hits.push({ start: offset + start, end: offset + end, message: MESSAGES.placeholder(text.slice(start, end)) });
    }
  }
}

export const placeholderCheck: RuleCheck = (draft) => {
  const hits: Hit[] = [];
  standInsOf(draft.prose, 0, hits);
  // The subject line is prose too, as far as a stand-in goes.
  if (draft.subject !== null && draft.subjectStart >= 0) standInsOf(draft.subject, draft.subjectStart, hits);
  return hits.sort((a, b) => a.start - b.start);
};

/**
 * `prose` with every stand-in blanked, offsets kept: "<COMPANY>" or "[YOUR NAME]" is a slot left
 * open, which this rule reports, not words the writer chose, so tone never reads it as shouting.
 */
export function withoutStandIns(prose: string): string {
  const hits: Hit[] = [];
  standInsOf(prose, 0, hits);
  if (hits.length === 0) return prose;
  let blanked = '';
  let at = 0;
  for (const hit of hits.sort((a, b) => a.start - b.start)) {
    if (hit.end <= at) continue;
    const from = Math.max(at, hit.start);
    blanked += prose.slice(at, from) + prose.slice(from, hit.end).replace(/[^\r\n]/g, ' ');
    at = hit.end;
  }
  return blanked + prose.slice(at);
}

export const id = 'placeholder';
export const severity: Severity = 'error';
export const description: string = DESCRIPTIONS[id];
export const check: RuleCheck | null = placeholderCheck;

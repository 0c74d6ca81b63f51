// The note's prose with the interview's own phrases blanked (mask.ts), as tone-scathing,
// tone-impatient, gimmick and third-party each read it. check-note.ts hands every rule the same
// draft and context, so the last answer is kept: the four rules mask a note once, not four times.
// A template's stand-in left in ("<COMPANY>") is blanked too: it is placeholder's, not the writer's voice.
import { contextPhrases, maskPhrases } from '../mask.js';
import { withoutStandIns } from './placeholder.js';
import type { CheckContext, Draft } from '../types.js';

let last: { readonly prose: string; readonly context: CheckContext; readonly masked: string } | undefined;

export function maskedProse(draft: Draft, context: CheckContext): string {
  if (last?.prose === draft.prose && last.context === context) return last.masked;
  const masked = maskPhrases(withoutStandIns(draft.prose), contextPhrases(context));
  last = { prose: draft.prose, context, masked };
  return masked;
}

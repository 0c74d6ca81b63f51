// tone-scathing's trained tier: the sentences the trained table (tone-table.ts, written by
// scripts/train-tone.mjs) scores above its threshold. A statistical guess, so the rule reports
// it as a warning only, and only in a sentence its own patterns left alone.
import { peopleWords, scoreFeatures, sentenceFeatures, type ToneTable } from './tone-model.js';
import { toneScathingTable } from './tone-table.js';
import type { Span } from './text.js';
import type { CheckContext } from './types.js';

let table: ToneTable | undefined;

/** Off while scripts/train-tone.mjs measures the rules alone, which the trained tier must not be part of. */
export const trainedTier = { enabled: true };

/** Shorter sentences ("Thanks again.") carry too few words for the table to judge. */
const SHORTEST = 12;

/** The sentences of `sentences` (of the masked prose) the table takes for scorn. */
export function scornedSentences(sentences: readonly Span[], context: CheckContext): Span[] {
  if (!trainedTier.enabled) return [];
  table ??= JSON.parse(toneScathingTable) as ToneTable;
  const people = peopleWords(context);
  return sentences.filter(
    (sentence) =>
      sentence.text.length >= SHORTEST && scoreFeatures(table!, sentenceFeatures(sentence.text, people)) > table!.threshold,
  );
}

// Slips Harper 2.10 does not see, found here as lints of its own shape so that harper-map.ts
// treats them like Harper's. Harper's ModalOf catches "could of asked" but not the same slip with
// a word between: "could not of asked", "should never of said" ("wouldn't of" it finds itself).
import type { RawLint } from './harper-map.js';
import { GRAMMAR_DETAILS } from './messages.js';

/** A modal, a negation, then "of" where "have" belongs. Bounded alternations: linear in the text. */
const NEGATED_MODAL_OF = /\b(could|would|should|might|must)(\s+(?:not|never))(\s+)of\b/giu;

/** Lints for the slips Harper misses, in the order they occur. */
export function missedLints(text: string): RawLint[] {
  const lints: RawLint[] = [];
  for (const match of text.matchAll(NEGATED_MODAL_OF)) {
    const [whole, modal, negation, space] = match as unknown as [string, string, string, string];
    lints.push({
      start: match.index,
      end: match.index + whole.length,
      rule: 'ModalOf',
      kind: 'WordChoice',
      message: GRAMMAR_DETAILS.modalOf,
      problem: whole,
      suggestions: [`${modal}${negation}${space}have`],
    });
  }
  return lints;
}

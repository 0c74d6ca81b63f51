// Usage advice of Harper's that asks a writer to change what is standard English.
import type { RawLint } from './harper-map.js';

/**
 * Harper 2.10 asks for "awhile" in "it took a while" and "wait a while". "A while" is the noun
 * and its article, right in every place the adverb "awhile" is (and the only form after "for",
 * "took" or "quite"); only the reverse swap, "for awhile", is a slip, and that lint stands.
 */
export function isStandardAWhile(lint: RawLint): boolean {
  return lint.rule === 'AWhile' && /^a\s+while$/iu.test(lint.problem.trim());
}

/** Verbs "over" follows as their particle or preposition: "going over", "looked over", "talk over". */
const OVER_TAKERS =
  /\b(?:go|goes|going|went|gone|look|looks|looking|looked|talk|talks|talking|talked|run|ran|running|read|reading|hand|handed|pass|passed|passing|think|thought|mull|mulled|pore|pored|walk|walked|walking|work|worked|working|all)\s+$/iu;

/**
 * Harper 2.10 joins "over saw" into "oversaw" wherever the words meet; after a verb that takes
 * "over" ("going over saw certification", "went over saw safety") they are two words, the
 * second a noun. "He over saw the crew" still speaks.
 */
export function isOverAfterVerb(text: string, lint: RawLint): boolean {
  if (lint.rule !== 'DisjointPrefixes' || !/^over\s/iu.test(lint.problem)) return false;
  return OVER_TAKERS.test(text.slice(Math.max(0, lint.start - 16), lint.start));
}

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

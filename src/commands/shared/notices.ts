// The store's notices (a damaged file moved aside) reach the user on stderr, once each.
import type { Store } from '../../store/index.js';

/**
 * Writes the notices after the first `from` to `output.stderr`, read only when there is one:
 * the context's stderr is set up on first use, and a run with nothing to say should not pay
 * for it (Node's stream stack, a few milliseconds of a quick command).
 */
export function printNotices(store: Store, output: { readonly stderr: NodeJS.WritableStream }, from = 0): number {
  for (const notice of store.notices.slice(from)) output.stderr.write(`followup-coach: ${notice}\n`);
  return store.notices.length;
}

// The store's notices (a damaged file moved aside) reach the user on stderr, once each.
import type { Store } from '../../store/index.js';

export function printNotices(store: Store, stderr: NodeJS.WritableStream, from = 0): number {
  for (const notice of store.notices.slice(from)) stderr.write(`followup-coach: ${notice}\n`);
  return store.notices.length;
}

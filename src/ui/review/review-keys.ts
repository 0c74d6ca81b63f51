// The review's keys: which core action each one is, or what it asks of the screen (scrolling)
// and the root (change an answer, back, finish). Pure, so the table reads in one place.
import type { Key } from 'ink';
import type { ReviewAction, ReviewState } from '../../session/review/index.js';

export type KeyOutcome =
  | { readonly to: 'core'; readonly action: ReviewAction }
  | { readonly to: 'scroll'; readonly by: number | 'page-up' | 'page-down' }
  | { readonly to: 'root'; readonly what: 'change' | 'back' | 'finish' }
  | null;

const core = (action: ReviewAction): KeyOutcome => ({ to: 'core', action });

/** While the manual checks are on screen: 1 2 3 tick, y confirms all three, Esc puts them off. */
function checkingKey(input: string, key: Key): KeyOutcome {
  if (input === 'y') return core({ type: 'confirm-checks' });
  if (key.escape) return core({ type: 'cancel-checks' });
  const item = Number(input) - 1;
  return Number.isInteger(item) && input.trim() !== '' ? core({ type: 'tick', item }) : null;
}

export function reviewKey(input: string, key: Key, state: ReviewState, now: () => Date): KeyOutcome {
  // A Ctrl chord is never a review key: the terminal reports Ctrl-C as "c" with ctrl set, and it
  // must quit (app.tsx), not copy on the way out. (Not meta: Ink sets it on Esc and the arrows.)
  if (key.ctrl) return null;
  if (state.checking) return checkingKey(input, key);
  if (key.leftArrow || input === 'p') return core({ type: 'move', by: -1 });
  if (key.rightArrow || input === 'n' || key.tab) return core({ type: 'move', by: 1 });
  if (key.upArrow) return { to: 'scroll', by: -1 };
  if (key.downArrow) return { to: 'scroll', by: 1 };
  if (key.pageUp) return { to: 'scroll', by: 'page-up' };
  if (key.pageDown || input === ' ') return { to: 'scroll', by: 'page-down' };
  if (input === 'c') return core({ type: 'copy' });
  if (input === 'u') return core({ type: 'copy-subject' });
  if (input === 'o' && state.status.kind === 'blocked') return core({ type: 'copy', override: true });
  if (input === 's') return core({ type: 'mark-sent', at: now().toISOString() });
  if (input === 'r') return core({ type: 'reminders' });
  if (input === 'e') return core({ type: 'edit' });
  if (input === 'a') return { to: 'root', what: 'change' };
  if (key.escape) return state.status.kind === 'blocked' ? core({ type: 'dismiss' }) : { to: 'root', what: 'back' };
  if (input === 'q') return { to: 'root', what: 'finish' };
  return null;
}

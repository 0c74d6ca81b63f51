// Where the note on the review screen is scrolled to: back to the top for each note, down to
// the checklist when a copy is held back by an error, and moved by the arrow and page keys.
import { useEffect, useState } from 'react';
import type { ReviewState } from '../../session/review/index.js';
import { review } from '../messages.js';
import type { ReviewLine } from './note-lines.js';

export interface NoteScroll {
  /** The first line drawn. */
  readonly top: number;
  /** Moves by lines, or by one viewport for page-up and page-down. */
  readonly scrollBy: (by: number | 'page-up' | 'page-down') => void;
}

export function useNoteScroll(state: ReviewState, lines: readonly ReviewLine[], viewport: number): NoteScroll {
  const [scroll, setScroll] = useState(0);
  // A note of its own starts at its top.
  // biome-ignore lint/correctness/useExhaustiveDependencies: scrolling restarts when another note is selected, nothing else.
  useEffect(() => setScroll(0), [state.selected]);

  const bottom = Math.max(0, lines.length - viewport);
  const top = Math.min(scroll, bottom);
  // A copy held back by an error says to fix the error above: scroll the checklist into view so
  // it is (on a short screen it sat below the fold, past the end of the note).
  const findingsAt = lines.findIndex((line) => line.tone === 'muted' && line.text === review.findingsTitle);
  const errorAt = lines.findIndex((line) => line.tone === 'error');
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the moment a copy is held back scrolls.
  useEffect(() => {
    if (state.status.kind === 'blocked' && errorAt >= top + viewport) setScroll(findingsAt);
  }, [state.status.kind]);

  const scrollBy = (by: number | 'page-up' | 'page-down') => {
    const step = by === 'page-up' ? -viewport : by === 'page-down' ? viewport : by;
    // From the scroll as it is now, not as this frame drew it: a held arrow key sends several
    // presses in one read, before the next frame, and each must move once.
    setScroll((at) => Math.max(0, Math.min(bottom, Math.min(at, bottom) + step)));
  };
  return { top, scrollBy };
}

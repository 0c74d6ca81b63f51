// The bottom of the review: the three manual checks while they are asked, otherwise what just
// happened (or the advice for a note nobody can send yet) over the keys that work on this note.
import type { DateStyle } from '../../model/dates.js';
import { isSpoken } from '../../model/spoken.js';
import { addressHelp, currentNote, type ReviewState } from '../../session/review/index.js';
import { KeyHints } from '../components/key-hints.js';
import { MessageLine } from '../components/message-line.js';
import { hints, review } from '../messages.js';
import { rowsOf } from '../text-width.js';
import { MANUAL_CHECK_ROWS, ManualChecks } from './manual-checks.js';
import { ReviewStatusLine } from './review-status.js';

export interface ReviewFooterProps {
  readonly state: ReviewState;
  /** Said instead of the status while nothing else is to be said (see review-screen.tsx). */
  readonly advice: string | null;
  readonly spoken: boolean;
  readonly sent: boolean;
  readonly dateStyle: DateStyle;
}

/**
 * A note nobody can send yet says so, and what to do, until something else is to be said; so does a
 * follow-up with no thank-you on record to quote.
 */
export function adviceFor(state: ReviewState): string | null {
  const current = currentNote(state);
  if (state.status.kind !== 'idle' || !current || current.sentAt !== undefined) return null;
  if (!current.note.address) return review.noAddressAdvice(isSpoken(current.note), addressHelp(current, state.notes));
  return current.note.noEarlierNote === true ? review.noEarlierNoteAdvice(current.note.to) : null;
}

/** The rows the footer takes above its keys: the status or advice (a notice whole), the manual checks. */
export function footerRows({ status, checking }: ReviewState, advice: string | null, width: number): number {
  const said = status.kind === 'notice' ? rowsOf(status.text, width) + 1 : status.kind === 'idle' && advice === null ? 0 : 2;
  return said + (checking ? MANUAL_CHECK_ROWS : 0);
}

export function ReviewFooter({ state, advice, spoken, sent, dateStyle }: ReviewFooterProps) {
  const { status, checking } = state;
  if (checking) return <ManualChecks ticked={checking.ticked} />;
  return (
    <>
      {advice === null ? (
        <ReviewStatusLine status={status} dateStyle={dateStyle} />
      ) : (
        <MessageLine tone="warning">{advice}</MessageLine>
      )}
      <KeyHints hints={status.kind === 'blocked' ? hints.reviewBlocked : hints.reviewFor({ spoken, sent })} />
    </>
  );
}

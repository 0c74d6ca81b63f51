// What just happened to the note on screen: one status, drawn by one switch.
import { MessageLine } from '../components/message-line.js';
import { review } from '../messages.js';

export type ReviewStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'blocked'; readonly errors: number }
  | { readonly kind: 'copying' }
  | { readonly kind: 'copied'; readonly method: string; readonly attachments?: readonly string[] }
  | { readonly kind: 'subject-copied'; readonly method: string; readonly attachments?: readonly string[] }
  | { readonly kind: 'no-subject' }
  | { readonly kind: 'copy-failed'; readonly problem: string }
  | { readonly kind: 'editing'; readonly editor: string }
  | { readonly kind: 'edited' }
  | { readonly kind: 'edit-unchanged' }
  | { readonly kind: 'edit-failed'; readonly message: string }
  | { readonly kind: 'sent'; readonly when: string }
  /** The checklist says the note is early: s again records it anyway. */
  | { readonly kind: 'early' }
  | { readonly kind: 'calendar'; readonly path: string; readonly count: number }
  | { readonly kind: 'calendar-failed'; readonly problem: string }
  | { readonly kind: 'edit-not-saved'; readonly why: string }
  | { readonly kind: 'not-recorded'; readonly why: string };

export const IDLE: ReviewStatus = { kind: 'idle' };

export function ReviewStatusLine({ status }: { readonly status: ReviewStatus }) {
  switch (status.kind) {
    case 'idle':
      return null;
    case 'blocked':
      return <MessageLine tone="problem">{review.blocked(status.errors)}</MessageLine>;
    case 'copying':
      return <MessageLine tone="info">…</MessageLine>;
    case 'copied':
      return <MessageLine tone="success">{review.copied(status.method, status.attachments ?? [])}</MessageLine>;
    case 'subject-copied':
      return <MessageLine tone="success">{review.subjectCopied(status.method)}</MessageLine>;
    case 'no-subject':
      return <MessageLine tone="info">{review.noSubjectToCopy}</MessageLine>;
    case 'copy-failed':
      return <MessageLine tone="problem">{review.copyFailed(status.problem)}</MessageLine>;
    case 'editing':
      return <MessageLine tone="info">{review.editing(status.editor)}</MessageLine>;
    case 'edited':
      return <MessageLine tone="success">{review.editSaved}</MessageLine>;
    case 'edit-unchanged':
      return <MessageLine tone="info">{review.editUnchanged}</MessageLine>;
    case 'edit-failed':
      return <MessageLine tone="problem">{review.editFailed(status.message)}</MessageLine>;
    case 'edit-not-saved':
      return <MessageLine tone="problem">{review.editNotSaved(status.why)}</MessageLine>;
    case 'not-recorded':
      return <MessageLine tone="problem">{review.notRecorded(status.why)}</MessageLine>;
    case 'sent':
      return <MessageLine tone="success">{review.sent(status.when)}</MessageLine>;
    case 'early':
      return <MessageLine tone="problem">{review.early}</MessageLine>;
    case 'calendar':
      return <MessageLine tone="success">{review.calendar(status.path, status.count)}</MessageLine>;
    case 'calendar-failed':
      return <MessageLine tone="problem">{review.calendarFailed(status.problem)}</MessageLine>;
  }
}

// What just happened to the note on screen: the review core's one status, drawn by one switch.
import { type DateStyle, formatDay, todayOf } from '../../model/dates.js';
import type { ReviewStatus } from '../../session/review/index.js';
import { MessageLine } from '../components/message-line.js';
import { review } from '../messages.js';

export function ReviewStatusLine({ status, dateStyle }: { readonly status: ReviewStatus; readonly dateStyle: DateStyle }) {
  switch (status.kind) {
    case 'idle':
      return null;
    case 'blocked':
      return <MessageLine tone="problem">{review.blocked(status.errors)}</MessageLine>;
    case 'copying':
      return <MessageLine tone="info">{review.copying}</MessageLine>;
    case 'recording':
      return <MessageLine tone="info">{review.recording}</MessageLine>;
    case 'copied':
      return (
        <MessageLine tone="success">
          {review.copied(status.method, status.attachments, status.spoken, status.next, status.ask)}
        </MessageLine>
      );
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
    case 'sent-not-editable':
      return <MessageLine tone="info">{review.sentNotEditable(formatDay(todayOf(new Date(status.at)), dateStyle))}</MessageLine>;
    case 'not-recorded':
      return <MessageLine tone="problem">{review.notRecorded(status.why)}</MessageLine>;
    case 'sent':
      return (
        <MessageLine tone="success">{review.sent(formatDay(todayOf(new Date(status.at)), dateStyle), status.spoken)}</MessageLine>
      );
    case 'already-sent':
      return (
        <MessageLine tone="info">
          {review.alreadyRecorded(formatDay(todayOf(new Date(status.at)), dateStyle), status.spoken)}
        </MessageLine>
      );
    case 'early':
      return <MessageLine tone="problem">{review.early}</MessageLine>;
    case 'calendar':
      return <MessageLine tone="success">{review.calendar(status.path, status.count)}</MessageLine>;
    case 'calendar-failed':
      return <MessageLine tone="problem">{review.calendarFailed(status.problem)}</MessageLine>;
    case 'notice':
      return <MessageLine tone="info">{status.text}</MessageLine>;
  }
}

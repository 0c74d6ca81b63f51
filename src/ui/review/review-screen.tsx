// The review: one note at a time with its subject, body and checklist, the schedule, and the
// keys to copy, edit, mark as sent or change an answer. The review core (src/session/review/)
// decides what each key does; this screen draws its state and scrolls.
//
//   followup-coach · 5/5 Review · Note 1 of 3 · Thank-you to Priya Raghunathan
//   ✖ 1 error · ⚠ 1 warning
//   Subject: Thank you: Senior Backend Engineer interview
//   Dear Priya, ...                                  (scrolls with ↑↓)
//   Second follow-up: not before Monday, December 7
//   ←→ note · ↑↓ scroll · c copy · e edit · s mark sent · a change answers · Esc back · q finish
//   (the keys that work on this note: a call is marked as called, a sent note is not edited)
import { Box, Text } from 'ink';
import { useMemo } from 'react';
import { formatDay } from '../../model/dates.js';
import { kindSteps } from '../../model/note-kinds.js';
import { isSpoken } from '../../model/spoken.js';
import { dayOf } from '../../model/sent-log.js';
import type { Interview } from '../../model/types.js';
import type { SessionDeps } from '../../session/effects.js';
import { currentNote, lastSent, type NoteRef, type NotesPurpose, sentLog } from '../../session/review/index.js';
import { useKeys } from '../keys/use-keys.js';
import { ReviewHeader } from './review-header.js';
import { review } from '../messages.js';
import { noteLines } from './note-lines.js';
import { NoteView } from './note-view.js';
import { reviewKey } from './review-keys.js';
import { adviceFor, footerRows, ReviewFooter } from './review-footer.js';
import { fitLine, linesFor, reviewLayout } from './schedule-lines.js';
import { useNoteScroll } from './use-note-scroll.js';
import { useReview } from './use-review.js';

export interface ReviewScreenProps {
  readonly deps: SessionDeps;
  readonly interview: Interview;
  readonly purpose: NotesPurpose;
  readonly others: readonly Interview[];
  readonly columns: number;
  readonly rows: number;
  readonly isActive: boolean;
  /** Asks the root to release the terminal (true) for the editor, or take it back (false). */
  readonly onSuspend: (suspended: boolean) => void;
  /** `at`: the note on screen, which the review opens on again (`at` below) once the answer is changed. */
  readonly onChangeAnswers: (at?: NoteRef) => void;
  /** The note to open on, and what the save before the review has to say until the next key that acts. */
  readonly at?: NoteRef | null;
  readonly notice?: string | null;
  readonly onBack: () => void;
  readonly onFinish: () => void;
  /** Whether the three manual checks were confirmed earlier in this session. */
  readonly manualConfirmed?: boolean;
  readonly onManualConfirmed?: () => void;
}

export function ReviewScreen(props: ReviewScreenProps) {
  const { deps, interview, columns, rows, isActive, onSuspend } = props;
  const { onManualConfirmed, at, notice } = props;
  const options = { manualConfirmed: props.manualConfirmed === true, onManualConfirmed, isActive, onSuspend, at, notice };
  const { state, dispatch } = useReview(deps, interview, props.purpose, props.others, options);
  const current = currentNote(state);
  const { status } = state;

  const width = Math.max(20, columns - 1);
  const lines = useMemo(() => (current ? noteLines(current.note, current.findings, width) : []), [current, width]);
  const advice = adviceFor(state);
  const due = linesFor(state.schedule, current?.note.to ?? '', current ? kindSteps(current.note.kind) : []);
  const { dueLines, viewport } = reviewLayout(rows, footerRows(state, advice, width), due);
  const { top, scrollBy } = useNoteScroll(state, lines, viewport);

  useKeys(
    (input, key) => {
      const outcome = reviewKey(input, key, state, deps.now);
      if (outcome === null) return;
      if (outcome.to === 'core') dispatch(outcome.action);
      else if (outcome.to === 'scroll') scrollBy(outcome.by);
      else if (outcome.what === 'change') props.onChangeAnswers(current && { kind: current.note.kind, to: current.note.to });
      else if (outcome.what === 'back') props.onBack();
      else props.onFinish();
    },
    { isActive: isActive && status.kind !== 'editing' && status.kind !== 'copying' && status.kind !== 'recording' },
  );

  if (!state.notes || !current) {
    return (
      <Box flexDirection="column">
        <ReviewHeader id={interview.id} />
        <Text dimColor>{review.preparing}</Text>
      </Box>
    );
  }
  const last = lastSent(sentLog(interview, state.marked), current.note);
  return (
    <Box flexDirection="column">
      <ReviewHeader id={interview.id} />
      <NoteView
        item={current}
        n={state.notes.indexOf(current) + 1}
        total={state.notes.length}
        lines={lines}
        top={top}
        viewport={viewport}
        sentOn={last ? formatDay(dayOf(last.at), deps.dateStyle) : null}
      />
      {dueLines.map((line) => (
        <Text key={line} color="cyan" wrap="truncate-end">
          {fitLine(line, width, current?.note.to)}
        </Text>
      ))}
      <ReviewFooter
        state={state}
        advice={advice}
        spoken={isSpoken(current.note)}
        sent={current.sentAt !== undefined}
        dateStyle={deps.dateStyle}
      />
    </Box>
  );
}

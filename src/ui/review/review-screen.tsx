// The review: one note at a time with its subject, body and checklist, the schedule, and the
// keys to copy, edit, mark as sent or change an answer.
//
//   followup-coach · 5/5 Review · Note 1 of 3 · Thank-you to Priya Raghunathan
//   ✖ 1 error · ⚠ 1 warning
//   Subject: Thank you: Senior Backend Engineer interview
//   Dear Priya, ...                                  (scrolls with ↑↓)
//   Second follow-up: not before Monday, December 7
//   ←→ note · ↑↓ scroll · c copy · e edit · s mark sent · a change answers · Esc back · q finish
import { Box, Text, useInput } from 'ink';
import { useEffect, useMemo, useState } from 'react';
import { formatDay, todayOf } from '../../model/dates.js';
import { isSpoken } from '../../model/spoken.js';
import type { Interview, SentEntry } from '../../model/types.js';
import { editableText, readEditedText } from '../../session/index.js';
import { KeyHints } from '../components/key-hints.js';
import { SectionHeader } from '../components/section-header.js';
import type { SessionDeps } from '../../session/effects.js';
import { hints, kindNames, review } from '../messages.js';
import { countBySeverity, noteLines, type ReviewLine } from './note-lines.js';
import { IDLE, ReviewStatusLine, type ReviewStatus } from './review-status.js';
import { MANUAL_CHECK_COUNT, MANUAL_CHECK_ROWS, ManualChecks } from './manual-checks.js';
import { fitLines, linesFor } from './schedule-lines.js';
import { useReviewNotes, type NotesPurpose } from './use-review-notes.js';
import { reasonOf } from '../../session/save-reason.js';

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
  readonly onChangeAnswers: () => void;
  readonly onBack: () => void;
  readonly onFinish: () => void;
  /** Whether the three manual checks were confirmed earlier in this session. */
  readonly manualConfirmed?: boolean;
  readonly onManualConfirmed?: () => void;
}

interface Checking {
  readonly ticked: readonly boolean[];
  readonly override: boolean;
}

const TONES: Record<ReviewLine['tone'], { color?: string; dim?: boolean; bold?: boolean }> = {
  subject: { bold: true },
  body: {},
  error: { color: 'red' },
  warning: { color: 'yellow' },
  info: { color: 'blue' },
  muted: { dim: true },
};

// Note lines kept visible however long the schedule is (60x20 must stay usable).
const MIN_BODY = 5;

function sentWhen(entries: readonly SentEntry[], kind: string, to: string): string | null {
  const entry = [...entries].reverse().find((e) => e.kind === kind && e.to === to);
  return entry ? formatDay(todayOf(new Date(entry.at))) : null;
}

export function ReviewScreen(props: ReviewScreenProps) {
  const { deps, interview, purpose, others, columns, rows, isActive } = props;
  const { notes, replace } = useReviewNotes(deps, interview, purpose, others);
  const [selected, setSelected] = useState(0);
  const [scroll, setScroll] = useState(0);
  const [status, setStatus] = useState<ReviewStatus>(IDLE);
  // Marked sent on this screen; the interview (saved again after a changed answer) may hold them already.
  const [marked, setMarked] = useState<readonly SentEntry[]>([]);
  const sent = useMemo(() => {
    const known = (entry: SentEntry) =>
      interview.sent.some((e) => e.kind === entry.kind && e.to === entry.to && e.at === entry.at);
    const fresh = marked.filter((entry) => !known(entry));
    return fresh.length === 0 ? interview.sent : [...interview.sent, ...fresh];
  }, [interview, marked]);
  const [schedule, setSchedule] = useState<readonly string[]>([]);
  // The manual checks on screen, asked before the session's first copy.
  const [checking, setChecking] = useState<Checking | null>(null);

  // The schedule follows what is marked sent here at once ("due today" becomes the next step).
  useEffect(() => {
    let live = true;
    void deps.schedule(sent === interview.sent ? interview : { ...interview, sent }).then((lines) => live && setSchedule(lines));
    return () => {
      live = false;
    };
  }, [deps, interview, sent]);

  const current = notes?.[Math.min(selected, notes.length - 1)];
  const width = Math.max(20, columns - 1);
  const lines = useMemo(() => (current ? noteLines(current.note, current.findings, width) : []), [current, width]);
  const counts = countBySeverity(current?.findings ?? []);
  // Everything but the scrolling lines: header, counts, schedule, status, hints and spacing. The
  // schedule takes what the note's body can spare and keeps at least MIN_BODY lines for it.
  const fixed = 8 + (status.kind === 'idle' ? 0 : 2) + (checking ? MANUAL_CHECK_ROWS : 0);
  const dueLines = fitLines(linesFor(schedule, current?.note.to ?? ''), rows - fixed - MIN_BODY);
  const viewport = Math.max(3, rows - fixed - dueLines.length);
  const top = Math.min(scroll, Math.max(0, lines.length - viewport));

  const go = (by: number) => {
    if (!notes || notes.length === 0) return;
    setSelected((at) => (at + by + notes.length) % notes.length);
    setScroll(0);
    setStatus(IDLE);
  };

  const copy = async (override: boolean) => {
    if (!current) return;
    if (counts.errors > 0 && !override) return setStatus({ kind: 'blocked', errors: counts.errors });
    if (!props.manualConfirmed) return setChecking({ ticked: Array.from({ length: MANUAL_CHECK_COUNT }, () => false), override });
    await copyNow();
  };

  const confirmChecks = () => {
    setChecking(null);
    props.onManualConfirmed?.();
    void copyNow();
  };

  const tick = (input: string, isEscape: boolean) => {
    if (!checking) return;
    const at = Number(input) - 1;
    if (input === 'y') confirmChecks();
    else if (isEscape) setChecking(null);
    else if (Number.isInteger(at) && at >= 0 && at < MANUAL_CHECK_COUNT) {
      const ticked = checking.ticked.map((on, index) => (index === at ? !on : on));
      if (ticked.every(Boolean)) confirmChecks();
      else setChecking({ ...checking, ticked });
    }
  };

  /** Copies `text`, showing progress, then what happened: `done` names the success. */
  const copyText = async (text: string, done: 'copied' | 'subject-copied', attachments: readonly string[] = []) => {
    setStatus({ kind: 'copying' });
    const outcome = await deps.copy(text);
    setStatus(
      outcome.method === 'none'
        ? { kind: 'copy-failed', problem: outcome.problem ?? '' }
        : { kind: done, method: outcome.method, attachments },
    );
  };

  const copyNow = async () => {
    if (current) await copyText(current.note.body, 'copied', current.note.attachments);
  };

  // The subject goes into its own field of the mail client, so it is copied on its own.
  const copySubject = async () => {
    if (!current) return;
    if (current.note.kind === 'voicemail' || current.note.subject.trim() === '') return setStatus({ kind: 'no-subject' });
    await copyText(current.note.subject, 'subject-copied');
  };

  const markSent = async () => {
    if (!current) return;
    // An early note is recorded only when asked twice, as regen records one only with --force.
    const early = current.findings?.some((finding) => finding.rule === 'too-early') ?? false;
    if (early && status.kind !== 'early') return setStatus({ kind: 'early' });
    const at = deps.now();
    const entry: SentEntry = {
      kind: current.note.kind,
      to: current.note.to,
      at: at.toISOString(),
      method: status.kind === 'copied' ? status.method : undefined,
      subject: current.note.subject,
      body: current.note.body,
    };
    try {
      await deps.recordSent(interview.id, entry);
    } catch (error) {
      return setStatus({ kind: 'not-recorded', why: reasonOf(error) });
    }
    setMarked((all) => [...all, entry]);
    setStatus({ kind: 'sent', when: formatDay(todayOf(at)) });
  };

  // The editor runs once the root has released the terminal (every input inactive, raw mode off).
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per editing session; the note cannot change while the editor is open.
  useEffect(() => {
    if (status.kind !== 'editing' || !current) return;
    const index = Math.min(selected, (notes?.length ?? 1) - 1);
    const timer = setTimeout(() => {
      void deps.editText(editableText(current.note)).then(async (outcome) => {
        props.onSuspend(false);
        if (outcome.kind !== 'edited') {
          setStatus(outcome.kind === 'failed' ? { kind: 'edit-failed', message: outcome.message } : { kind: 'edit-unchanged' });
          return;
        }
        const { subject, body } = readEditedText(outcome.text, current.note.subject);
        if (subject === current.note.subject && body === current.note.body) return setStatus({ kind: 'edit-unchanged' });
        const saved = await deps
          .saveEdit(interview.id, { kind: current.note.kind, to: current.note.to, subject, body, at: deps.now().toISOString() })
          .then(
            () => null,
            (error: unknown) => reasonOf(error),
          );
        replace(index, subject, body);
        setStatus(saved === null ? { kind: 'edited' } : { kind: 'edit-not-saved', why: saved });
      });
    }, 0);
    return () => clearTimeout(timer);
  }, [status.kind]);

  /** The `r` key: this interview's steps as reminders in an .ics file (as `followup-coach calendar` writes). */
  const writeReminders = async () => {
    try {
      const { path, count } = await deps.writeCalendar(interview);
      setStatus({ kind: 'calendar', path, count });
    } catch (error) {
      setStatus({ kind: 'calendar-failed', problem: error instanceof Error ? error.message : String(error) });
    }
  };

  useInput(
    (input, key) => {
      if (checking) return tick(input, key.escape);
      if (key.leftArrow || input === 'p') go(-1);
      else if (key.rightArrow || input === 'n' || key.tab) go(1);
      else if (key.upArrow) setScroll(Math.max(0, top - 1));
      else if (key.downArrow) setScroll(Math.min(Math.max(0, lines.length - viewport), top + 1));
      else if (key.pageUp) setScroll(Math.max(0, top - viewport));
      else if (key.pageDown || input === ' ') setScroll(Math.min(Math.max(0, lines.length - viewport), top + viewport));
      else if (input === 'c') void copy(false);
      else if (input === 'u') void copySubject();
      else if (input === 'o' && status.kind === 'blocked') void copy(true);
      else if (input === 's') void markSent();
      else if (input === 'r') void writeReminders();
      else if (input === 'e' && current) {
        props.onSuspend(true);
        setStatus({ kind: 'editing', editor: deps.editorName });
      } else if (input === 'a') props.onChangeAnswers();
      else if (key.escape) status.kind === 'blocked' ? setStatus(IDLE) : props.onBack();
      else if (input === 'q') props.onFinish();
    },
    { isActive: isActive && status.kind !== 'editing' && status.kind !== 'copying' },
  );

  if (!notes || !current) {
    return (
      <Box flexDirection="column">
        <SectionHeader number={5} total={5} section="Review" />
        <Text dimColor>{review.preparing}</Text>
      </Box>
    );
  }
  const index = Math.min(selected, notes.length - 1);
  const when = sentWhen(sent, current.note.kind, current.note.to);
  const summary = review.counts(counts.errors, counts.warnings, counts.infos);
  const below = lines.length - top - viewport;
  return (
    <Box flexDirection="column">
      <SectionHeader number={5} total={5} section="Review" />
      <Text bold wrap="truncate-end">
        {review.heading(index + 1, notes.length, kindNames[current.note.kind], current.note.to)}
        {current.note.address ? (
          <Text dimColor> {review.address(current.note.address)}</Text>
        ) : (
          <Text color="yellow"> {review.noAddress(isSpoken(current.note))}</Text>
        )}
      </Text>
      <Text wrap="truncate-end">
        {current.findings === null ? '…' : summary === '' ? review.clean : summary}
        {current.spellingPending ? <Text dimColor> · {review.checking}</Text> : null}
        {current.edited ? <Text dimColor> {review.edited}</Text> : null}
        {when ? <Text color="green"> · {review.alreadySent(when)}</Text> : null}
      </Text>
      <Box flexDirection="column" marginTop={1} height={viewport}>
        {lines.slice(top, top + viewport).map((line, at) => {
          const tone = TONES[line.tone];
          return (
            <Text key={top + at} wrap="truncate-end" color={tone.color} dimColor={tone.dim} bold={tone.bold}>
              {line.text === '' ? ' ' : line.text}
            </Text>
          );
        })}
      </Box>
      <Text dimColor>{below > 0 ? review.scrollMore(below) : ' '}</Text>
      {dueLines.map((line) => (
        <Text key={line} color="cyan" wrap="truncate-end">
          {line}
        </Text>
      ))}
      {checking ? (
        <ManualChecks ticked={checking.ticked} />
      ) : (
        <>
          <ReviewStatusLine status={status} />
          <KeyHints hints={status.kind === 'blocked' ? hints.reviewBlocked : hints.review} />
        </>
      )}
    </Box>
  );
}

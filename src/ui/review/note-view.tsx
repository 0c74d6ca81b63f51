// The note on screen: who it is for, what the checklist says of it, and its lines from `top`.
//
//   Note 1 of 3 · Thank-you to Priya Raghunathan <priya@acme.example>
//   ✖ 1 error · ⚠ 1 warning · (edited by you) · Sent Tuesday, November 24
//   (blank; "↑ 3 more lines" once scrolled down)
//   Subject: Thank you: Senior Backend Engineer interview
//   Dear Priya, ...
//   ↓ 12 more lines
import { Box, Text } from 'ink';
import { isSpoken } from '../../model/spoken.js';
import { countBySeverity, type ReviewNote } from '../../session/review/index.js';
import { noteTitle } from '../../model/note-kinds.js';
import { review } from '../messages.js';
import type { ReviewLine } from './note-lines.js';
import { shownRecipient } from '../../model/via.js';

export interface NoteViewProps {
  readonly item: ReviewNote;
  readonly n: number;
  readonly total: number;
  readonly lines: readonly ReviewLine[];
  readonly top: number;
  readonly viewport: number;
  /** The day it was last sent, in words, if it was. */
  readonly sentOn: string | null;
}

const TONES: Record<ReviewLine['tone'], { color?: string; dim?: boolean; bold?: boolean }> = {
  subject: { bold: true },
  body: {},
  error: { color: 'red' },
  warning: { color: 'yellow' },
  info: { color: 'blue' },
  muted: { dim: true },
};

export function NoteView({ item, n, total, lines, top, viewport, sentOn }: NoteViewProps) {
  const { note, findings } = item;
  const counts = countBySeverity(findings ?? []);
  const summary = review.counts(counts.errors, counts.warnings, counts.infos);
  const below = lines.length - top - viewport;
  return (
    <>
      <Text bold wrap="truncate-end">
        {review.heading(n, total, noteTitle(note.kind, isSpoken(note)), shownRecipient(note))}
        {note.address ? (
          <Text dimColor> {review.address(note.address)}</Text>
        ) : (
          <Text color="yellow"> {review.noAddress(isSpoken(note))}</Text>
        )}
      </Text>
      <Text wrap="truncate-end">
        {findings === null ? review.pending : summary === '' ? review.clean : summary}
        {item.spellingPending ? <Text dimColor> · {review.checking}</Text> : null}
        {item.edited ? <Text dimColor> {review.edited}</Text> : null}
        {sentOn ? <Text color="green"> · {review.alreadySent(sentOn, isSpoken(note))}</Text> : null}
      </Text>
      {/* The row between the status and the note: blank at the top, else what is scrolled past. */}
      <Text dimColor>{top > 0 ? review.scrollAbove(top) : ' '}</Text>
      <Box flexDirection="column" height={viewport}>
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
    </>
  );
}

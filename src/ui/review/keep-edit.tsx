// After a changed answer: a note the user had edited by hand, and the text the new answers give
// it, in one column that shows where they differ (src/session/review/text-diff.ts), scrolled
// with the arrows when it is taller than the screen. Their edit stays unless they pick the new text.
//
//   followup-coach · 5/5 Review
//   Your answers changed, and you had edited the thank-you note to Priya Raghunathan by hand.
//   Keep your edit, or use the new text?
//   Marked − your edit, + the new text; lines without a mark are in both, ...
//     Dear Priya,
//   − My own words about Kafka and on-call.
//   + Thank you for meeting with me about the Staff Engineer role ...
//   ↑↓ scroll · k keep my edit · n use the new text
import { Box, Text } from 'ink';
import { useMemo, useState } from 'react';
import { type EditInQuestion, editableText } from '../../session/index.js';
import { textDiff } from '../../session/review/text-diff.js';
import { KeyHints } from '../components/key-hints.js';
import { Prose } from '../components/prose.js';
import { useKeys } from '../keys/use-keys.js';
import { hints, keepEdit, review } from '../messages.js';
import { diffRows } from './diff-rows.js';
import { rowsOf } from '../text-width.js';
import { ReviewHeader } from './review-header.js';

export interface KeepEditProps {
  readonly question: EditInQuestion;
  readonly n: number;
  readonly total: number;
  readonly columns: number;
  readonly rows: number;
  readonly isActive: boolean;
  readonly onAnswer: (keep: boolean) => void;
}

const COLORS = { both: undefined, yours: 'green', fresh: 'cyan' } as const;

export function KeepEdit({ question, n, total, columns, rows, isActive, onAnswer }: KeepEditProps) {
  const { edit, fresh } = question;
  const width = Math.max(20, columns - 1);
  // The subject line too: a corrected role may change it alone, and the question must show why it is asked.
  const [yours, theirs] = [editableText(edit), editableText(fresh)];
  const lines = useMemo(() => diffRows(textDiff(yours, theirs), width), [yours, theirs, width]);
  const asked = keepEdit.question(edit.kind, edit.to, n, total);
  const legend = keepEdit.legend(lines.every((line) => line.side === 'both'));
  // Header, question, legend, the "more" line, spacing and hints: the rest scrolls.
  const viewport = Math.max(3, rows - 5 - rowsOf(asked, width) - rowsOf(legend, width));
  const [scroll, setScroll] = useState(0);
  const bottom = Math.max(0, lines.length - viewport);
  const top = Math.min(scroll, bottom);
  useKeys(
    (input, key) => {
      if (input === 'k') onAnswer(true);
      else if (input === 'n') onAnswer(false);
      else if (key.upArrow || key.downArrow) {
        const by = key.upArrow ? -1 : 1;
        setScroll((at) => Math.max(0, Math.min(bottom, Math.min(at, bottom) + by)));
      }
    },
    { isActive },
  );
  const below = lines.length - top - viewport;
  return (
    <Box flexDirection="column">
      <ReviewHeader />
      <Box marginTop={1} flexDirection="column">
        <Prose bold>{asked}</Prose>
        <Prose dimColor>{legend}</Prose>
      </Box>
      {lines.slice(top, top + viewport).map((line, at) => (
        <Text key={top + at} color={COLORS[line.side]} dimColor={line.side === 'both'}>
          {line.text === '' ? ' ' : line.text}
        </Text>
      ))}
      <Text dimColor>{below > 0 ? review.scrollMore(below) : ' '}</Text>
      <KeyHints hints={hints.keepEdit} />
    </Box>
  );
}

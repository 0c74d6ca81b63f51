// After a changed answer: a note the user had edited by hand, and the text the new answers give
// it. Their edit stays unless they pick the new text.
//
//   followup-coach · 5/5 Review
//   Your answers changed, and you had edited the thank-you note to Priya Raghunathan by hand.
//   Keep your edit, or use the new text?
//   Your edit:          Dear Priya, ...
//   The new text:       Dear Priya Raghunathan, ...
//   k keep my edit · n use the new text
import { Box, Text } from 'ink';
import type { EditInQuestion } from '../../session/index.js';
import { KeyHints } from '../components/key-hints.js';
import { useKeys } from '../keys/use-keys.js';
import { ReviewHeader } from './review-header.js';
import { hints, keepEdit } from '../messages.js';

export interface KeepEditProps {
  readonly question: EditInQuestion;
  readonly n: number;
  readonly total: number;
  readonly rows: number;
  readonly isActive: boolean;
  readonly onAnswer: (keep: boolean) => void;
}

/** The first `room` lines of a body, and how many more there are. */
function excerpt(body: string, room: number): readonly string[] {
  const lines = body.split('\n');
  if (lines.length <= room) return lines;
  return [...lines.slice(0, Math.max(1, room - 1)), keepEdit.more(lines.length - Math.max(1, room - 1))];
}

export function KeepEdit({ question, n, total, rows, isActive, onAnswer }: KeepEditProps) {
  useKeys(
    (input) => {
      if (input === 'k') onAnswer(true);
      else if (input === 'n') onAnswer(false);
    },
    { isActive },
  );
  const { edit, fresh } = question;
  // Header, question (two lines), two titles, spacing and hints: the rest is split between the texts.
  const room = Math.max(2, Math.floor((rows - 9) / 2));
  return (
    <Box flexDirection="column">
      <ReviewHeader />
      <Box marginTop={1}>
        <Text bold wrap="wrap">
          {keepEdit.question(edit.kind, edit.to, n, total)}
        </Text>
      </Box>
      <Text color="green">{keepEdit.yours}</Text>
      {excerpt(edit.body, room).map((line, at) => (
        <Text key={`e${at}`} wrap="truncate-end">{`  ${line}`}</Text>
      ))}
      <Text color="cyan">{keepEdit.fresh}</Text>
      {excerpt(fresh.body, room).map((line, at) => (
        <Text key={`f${at}`} wrap="truncate-end">{`  ${line}`}</Text>
      ))}
      <Box marginTop={1}>
        <KeyHints hints={hints.keepEdit} />
      </Box>
    </Box>
  );
}

// From the review: pick the answer to change. Choosing one opens that question; answering it
// comes straight back to the review with every note rewritten.
import { Box, Text } from 'ink';
import { type DateStyle, formatDay } from '../../model/dates.js';
import type { Answers, Position } from '../../session/index.js';
import { changeableFields, INTERVIEWERS, positionOf } from '../../session/review/index.js';
import { labelOf } from '../../session/index.js';
import { KeyHints } from '../components/key-hints.js';
import { useKeys } from '../keys/use-keys.js';
import { SelectInput } from '../select/select-input.js';
import { ReviewHeader } from './review-header.js';
import { change, hints } from '../messages.js';

export interface ChangeAnswerProps {
  readonly answers: Answers;
  readonly dateStyle: DateStyle;
  readonly rows: number;
  readonly isActive: boolean;
  readonly onChoose: (to: Position) => void;
  readonly onCancel: () => void;
}

export function ChangeAnswer({ answers, dateStyle, rows, isActive, onChoose, onCancel }: ChangeAnswerProps) {
  useKeys((_input, key) => key.escape && onCancel(), { isActive });
  const shared = changeableFields(answers);
  const options = [
    ...shared.map((f) => {
      const value = f.read(answers, 0);
      const shown =
        f.id === 'interview.date' && answers.date
          ? formatDay(answers.date, dateStyle)
          : typeof value === 'string'
            ? f.kind === 'choice'
              ? (f.options.find((o) => o.value === value)?.label ?? value)
              : value
            : value.join(', ');
      return { value: f.id, label: change.entry(labelOf(f, { dateStyle }, answers), shown) };
    }),
    { value: INTERVIEWERS, label: change.interviewers },
  ];
  // The interviewers sit between the interview and the next steps, as in the questions.
  const split = options.findIndex((o) => o.value === 'next.timeframe');
  const ordered = [...options.slice(0, split), options[options.length - 1]!, ...options.slice(split, -1)];
  return (
    <Box flexDirection="column">
      <ReviewHeader />
      <Box marginTop={1}>
        <Text bold wrap="wrap">
          {change.question}
        </Text>
      </Box>
      <SelectInput
        options={ordered}
        visibleOptionCount={Math.max(3, rows - 7)}
        isActive={isActive}
        onChange={(value) => onChoose(positionOf(value))}
      />
      <Box marginTop={1}>
        <KeyHints hints={hints.change} />
      </Box>
    </Box>
  );
}

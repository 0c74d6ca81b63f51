// The list of interviewers between one person's questions and the next steps.
//
//   Interviewers
//   1. Priya Raghunathan, Engineering Manager (2 topics)
//   2. Sam Ortiz, Staff Engineer (1 topic)
//   ❯ ✓ Done: on to next steps
//     + Add an interviewer
//     Edit Priya Raghunathan ...
import { Box, Text } from 'ink';
import { useState, type ReactNode } from 'react';
import type { Answers, SessionAction } from '../../session/index.js';
import { sessionMessages } from '../../session/index.js';
import { KeyHints } from '../components/key-hints.js';
import { MessageLine } from '../components/message-line.js';
import { useKeys } from '../keys/use-keys.js';
import { hints, list } from '../messages.js';
import { SelectInput } from '../select/select-input.js';
import { cell, rowsOf } from '../text-width.js';
import { useTerminalSize } from '../use-terminal-size.js';

export interface InterviewersStepProps {
  readonly answers: Answers;
  readonly error: string | null;
  readonly header: ReactNode;
  readonly toReview: boolean;
  readonly rows: number;
  readonly isActive: boolean;
  readonly dispatch: (action: SessionAction) => void;
}

/** Every row but the people and the options: header, title, hint, spacing, an error, the keys. */
function fixedRows(columns: number, error: string | null): number {
  const hint = rowsOf(sessionMessages.hints.interviewers, columns);
  const keys = rowsOf(hints.list.map(([key, action]) => `${key} ${action}`).join(' · '), columns);
  return 5 + hint + keys + (error ? rowsOf(`✖ ${error}`, columns) : 0);
}

/**
 * How many people rows and options fit in `rows`: all of both when they do, else the options
 * scroll (three at least), and past that the people list is cut, with a line saying how many
 * more there are: the header and the keys always stay on screen.
 */
export function listLayout(people: number, options: number, rows: number, fixed: number) {
  const room = rows - fixed;
  const peopleRows = Math.max(1, people);
  const least = Math.min(3, options);
  const visible = Math.max(least, Math.min(options, room - peopleRows));
  if (room - peopleRows >= least || people === 0) return { rows: people, visible };
  // One row says how many people are left out.
  return { rows: Math.max(0, Math.min(people, room - least - 1)), visible: least };
}

export function InterviewersStep({ answers, error, header, toReview, rows, isActive, dispatch }: InterviewersStepProps) {
  const { columns } = useTerminalSize();
  // A fresh Select after every choice: it only reports a value that differs from its last one.
  const [attempt, setAttempt] = useState(0);
  useKeys((_input, key) => key.escape && dispatch({ type: 'back' }), { isActive });
  const people = answers.interviewers;
  const options = [
    { value: 'done', label: toReview ? list.doneToReview : list.done },
    { value: 'add', label: list.add },
    ...people.map((p, i) => ({ value: `edit:${i}`, label: list.edit(p.name) })),
    ...people.map((p, i) => ({ value: `remove:${i}`, label: list.remove(p.name) })),
  ];
  const choose = (value: string) => {
    setAttempt((n) => n + 1);
    const [verb, at] = value.split(':') as [string, string | undefined];
    if (verb === 'done') dispatch({ type: 'interviewers-done' });
    else if (verb === 'add') dispatch({ type: 'add-interviewer' });
    else if (verb === 'edit') dispatch({ type: 'edit-interviewer', index: Number(at) });
    else dispatch({ type: 'remove-interviewer', index: Number(at) });
  };
  const width = String(people.length).length;
  const { rows: shownPeople, visible } = listLayout(people.length, options.length, rows, fixedRows(columns, error));
  return (
    <Box flexDirection="column">
      {header}
      <Box marginTop={1} flexDirection="column">
        <Text bold>{sessionMessages.labels.interviewers}</Text>
        <Text dimColor wrap="wrap">
          {sessionMessages.hints.interviewers}
        </Text>
        {people.length === 0 ? <Text dimColor>{list.empty}</Text> : null}
        {people.slice(0, shownPeople).map((p, i) => (
          <Text key={`${i}-${p.name}`} wrap="truncate-end">
            {cell(`${i + 1}.`, width + 1)} {list.summary(p.name, p.title, p.topics.length)}
          </Text>
        ))}
        {shownPeople < people.length ? (
          <Text dimColor wrap="truncate-end">
            {list.more(people.length - shownPeople)}
          </Text>
        ) : null}
      </Box>
      <Box marginTop={1}>
        <SelectInput key={attempt} options={options} visibleOptionCount={visible} isActive={isActive} onChange={choose} />
      </Box>
      {error ? <MessageLine tone="problem">{error}</MessageLine> : null}
      <Box marginTop={1}>
        <KeyHints hints={hints.list} />
      </Box>
    </Box>
  );
}

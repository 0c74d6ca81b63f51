// The topics discussed with one interviewer: a list that grows one line at a time.
//
//   Topics you discussed
//   Review your notes from the meeting: ...
//     1. moving telemetry ingestion to Kafka
//   › how on-call wo█
import { Box, Text } from 'ink';
import { useCallback, useRef, useState, type ReactNode } from 'react';
import type { Answers, ListField } from '../../session/index.js';
import { tidy } from '../../session/index.js';
import { useKeys } from '../keys/use-keys.js';
import { hints } from '../messages.js';
import { TextInput } from '../text-input/text-input.js';
import { StepFrame } from './step-frame.js';

export interface TopicsStepProps {
  readonly field: ListField;
  readonly index: number;
  readonly answers: Answers;
  readonly error: string | null;
  readonly header: ReactNode;
  readonly isActive: boolean;
  readonly onSubmit: (topics: readonly string[]) => void;
  /** Each topic added or removed, so the draft holds it before the step is left. */
  readonly onChange: (topics: readonly string[]) => void;
  /** Keeps the topics typed so far and goes back. */
  readonly onBack: (topics: readonly string[]) => void;
}

export function TopicsStep({ field, index, answers, error, header, isActive, onSubmit, onChange, onBack }: TopicsStepProps) {
  const [topics, setTopics] = useState<readonly string[]>(() => field.read(answers, index));
  const [problem, setProblem] = useState<string | null>(null);
  // The list as last submitted: what to type instead is about it, and goes once it changes.
  const [submitted, setSubmitted] = useState<readonly string[] | null>(null);
  // A new input per added topic starts empty; the counter is its key.
  const [added, setAdded] = useState(0);
  const typed = useRef('');
  const latest = useRef(topics);
  latest.current = topics;

  const submit = useCallback(
    (raw: string) => {
      const item = tidy(raw);
      if (item === '') {
        setSubmitted(latest.current);
        onSubmit(latest.current);
        return;
      }
      const itemProblem = field.validateItem(item, latest.current);
      if (itemProblem !== undefined) {
        setProblem(itemProblem);
        return;
      }
      latest.current = [...latest.current, item];
      setTopics(latest.current);
      onChange(latest.current);
      setProblem(null);
      typed.current = '';
      setAdded((n) => n + 1);
    },
    [field, onSubmit, onChange],
  );

  // A paste of several lines: one topic per line, as if each had been typed and Enter pressed.
  // The step stays open (a paste never finishes the list); a line that repeats one is left out.
  const addLines = useCallback(
    (lines: readonly string[]) => {
      let problemSeen: string | null = null;
      const before = latest.current;
      for (const item of lines.map(tidy).filter((line) => line !== '')) {
        const itemProblem = field.validateItem(item, latest.current);
        if (itemProblem === undefined) latest.current = [...latest.current, item];
        else problemSeen ??= itemProblem;
      }
      setTopics(latest.current);
      // Saved at once, as a typed topic is: a paste is often the last thing before a crash.
      if (latest.current !== before) onChange(latest.current);
      setProblem(problemSeen);
      typed.current = '';
      setAdded((n) => n + 1);
    },
    [field, onChange],
  );

  useKeys(
    (_input, key) => {
      if (key.escape) {
        // A topic half typed when Esc is pressed is kept, unless it repeats one already listed.
        const pending = tidy(typed.current);
        const keep = pending !== '' && field.validateItem(pending, latest.current) === undefined;
        onBack(keep ? [...latest.current, pending] : latest.current);
      } else if ((key.backspace || key.delete) && typed.current === '' && latest.current.length > 0) {
        latest.current = latest.current.slice(0, -1);
        setTopics(latest.current);
        onChange(latest.current);
      }
    },
    { isActive },
  );

  return (
    <StepFrame
      header={header}
      label={field.label}
      hint={field.hint}
      error={problem ?? (submitted === null || submitted === topics ? error : null)}
      hints={hints.topics}
      prompt={false}
    >
      {/* The prompt marks the line being typed, under the topics listed so far. */}
      <Box flexDirection="column">
        {topics.map((topic, at) => (
          <Text key={`${at}-${topic}`} wrap="wrap">
            {'  '}
            {at + 1}. {topic}
          </Text>
        ))}
        <Box>
          <Text color="cyan">› </Text>
          <Box flexGrow={1}>
            <TextInput
              key={added}
              isActive={isActive}
              placeholder={topics.length === 0 ? 'e.g. moving telemetry ingestion to Kafka' : ''}
              onChange={(value) => (typed.current = value)}
              onSubmit={submit}
              onLines={addLines}
            />
          </Box>
        </Box>
      </Box>
    </StepFrame>
  );
}

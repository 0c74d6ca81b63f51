// The topics discussed with one interviewer: a list that grows one line at a time, each topic
// changeable where it stands (Up picks it: the line being typed takes its place). The keys and
// the list's state are use-topics.ts.
//
//   Topics you discussed
//   Review your notes from the meeting: ...
//     1. moving telemetry ingestion to Kafka
//   › how on-call wo█
import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import type { Answers, ListField } from '../../session/index.js';
import { hints } from '../messages.js';
import { TextInput } from '../text-input/text-input.js';
import { StepFrame } from './step-frame.js';
import { useTopics } from './use-topics.js';

export interface TopicsStepProps {
  readonly field: ListField;
  readonly index: number;
  readonly answers: Answers;
  readonly error: string | null;
  readonly header: ReactNode;
  readonly isActive: boolean;
  readonly onSubmit: (topics: readonly string[]) => void;
  /** Each topic added, changed or removed, so the draft holds it before the step is left. */
  readonly onChange: (topics: readonly string[]) => void;
  /** Keeps the topics typed so far and goes back. */
  readonly onBack: (topics: readonly string[]) => void;
}

export function TopicsStep({ field, index, answers, error, header, isActive, onSubmit, onChange, onBack }: TopicsStepProps) {
  const list = useTopics({ field, initial: field.read(answers, index), isActive, onSubmit, onChange, onBack });
  const { topics, editing } = list;
  const input = (
    <Box key="input">
      <Text color="cyan">{editing === null ? '› ' : `› ${editing + 1}. `}</Text>
      <Box flexGrow={1}>
        <TextInput
          key={list.added}
          defaultValue={editing === null ? '' : topics[editing]}
          isActive={isActive}
          placeholder={topics.length === 0 ? 'e.g. moving telemetry ingestion to Kafka' : ''}
          onChange={list.onTyped}
          onSubmit={list.submit}
          onLines={editing === null ? list.addLines : undefined}
        />
      </Box>
    </Box>
  );
  return (
    <StepFrame
      header={header}
      label={field.label}
      hint={field.hint}
      error={list.problem ?? (list.submitted === null || list.submitted === topics ? error : null)}
      hints={editing === null ? hints.topics : hints.topicEdit}
      prompt={false}
    >
      {/* The prompt marks the line being typed: under the topics, or in place of the one changed. */}
      <Box flexDirection="column">
        {topics.map((topic, at) =>
          at === editing ? (
            input
          ) : (
            <Text key={`${at}-${topic}`} wrap="wrap">
              {'  '}
              {at + 1}. {topic}
            </Text>
          ),
        )}
        {editing === null ? input : null}
      </Box>
    </StepFrame>
  );
}

// Recording news about a saved interview from home: each step of src/session/news.ts as a list
// of choices. Esc goes back to home; the result is reported upward for the root to record.
import { Box, Text } from 'ink';
import { useState } from 'react';
import type { Interview } from '../model/types.js';
import { FIRST_NEWS_STEP, answerNews, isNewsResult, newsQuestion, type NewsResult, type NewsStep } from '../session/index.js';
import { ChoiceInput } from './choice-input.js';
import { KeyHints } from './components/key-hints.js';
import { useKeys } from './keys/use-keys.js';
import { hints, title } from './messages.js';

export interface NewsScreenProps {
  readonly interview: Interview;
  readonly isActive: boolean;
  readonly onDone: (news: NewsResult) => void;
  readonly onCancel: () => void;
}

export function NewsScreen({ interview, isActive, onDone, onCancel }: NewsScreenProps) {
  const [step, setStep] = useState<NewsStep>(FIRST_NEWS_STEP);
  const { question, options } = newsQuestion(step, interview);
  useKeys(
    (_input, key) => {
      if (key.escape) onCancel();
    },
    { isActive },
  );
  return (
    <Box flexDirection="column">
      <Text bold>{title}</Text>
      <Text dimColor>{`${interview.company}, ${interview.role}`}</Text>
      <Box marginTop={1}>
        <Text>{question}</Text>
      </Box>
      {/* A new key per step: each list starts on its first choice. */}
      <ChoiceInput
        key={JSON.stringify(step)}
        options={options}
        isActive={isActive}
        onSubmit={(value) => {
          const next = answerNews(step, value);
          if (isNewsResult(next)) onDone(next);
          else setStep(next);
        }}
      />
      <Box marginTop={1}>
        <KeyHints hints={hints.news} />
      </Box>
    </Box>
  );
}

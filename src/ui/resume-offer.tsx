// The unfinished session from last time: resume it or start over.
import { Box, Text } from 'ink';
import { ChoiceInput } from './choice-input.js';
import { KeyHints } from './components/key-hints.js';
import { hints, resume, title } from './messages.js';

export interface ResumeOfferProps {
  readonly what: string;
  readonly isActive: boolean;
  readonly onAnswer: (resume: boolean) => void;
}

export function ResumeOffer({ what, isActive, onAnswer }: ResumeOfferProps) {
  return (
    <Box flexDirection="column">
      <Text bold>{title}</Text>
      <Box marginTop={1}>
        <Text wrap="wrap">{resume.question(what)}</Text>
      </Box>
      <ChoiceInput
        options={[
          { value: 'yes', label: resume.yes },
          { value: 'no', label: resume.no },
        ]}
        isActive={isActive}
        onSubmit={(value) => onAnswer(value === 'yes')}
      />
      <Box marginTop={1}>
        <KeyHints hints={hints.home} />
      </Box>
    </Box>
  );
}

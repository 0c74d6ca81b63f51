// A question the home asks before anything else happens, answered yes or no: resume last time's
// unfinished session, or file a new interview as the next round of an application.
import { Box, Text } from 'ink';
import { ChoiceInput } from './choice-input.js';
import { KeyHints } from './components/key-hints.js';
import { hints, title } from './messages.js';

export interface YesNoOfferProps {
  readonly question: string;
  readonly yes: string;
  readonly no: string;
  readonly isActive: boolean;
  readonly onAnswer: (yes: boolean) => void;
}

export function YesNoOffer({ question, yes, no, isActive, onAnswer }: YesNoOfferProps) {
  return (
    <Box flexDirection="column">
      <Text bold>{title}</Text>
      <Box marginTop={1}>
        <Text wrap="wrap">{question}</Text>
      </Box>
      <ChoiceInput
        options={[
          { value: 'yes', label: yes },
          { value: 'no', label: no },
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

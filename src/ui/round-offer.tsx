// Before the review saves a new interview for a role already saved: is this the next round of
// that application, or a separate interview?
import { Box, Text } from 'ink';
import { newsMessages } from '../session/index.js';
import { ChoiceInput } from './choice-input.js';
import { KeyHints } from './components/key-hints.js';
import { hints, title } from './messages.js';

export interface RoundOfferProps {
  readonly company: string;
  readonly role: string;
  readonly isActive: boolean;
  readonly onAnswer: (round: boolean) => void;
}

export function RoundOffer({ company, role, isActive, onAnswer }: RoundOfferProps) {
  return (
    <Box flexDirection="column">
      <Text bold>{title}</Text>
      <Box marginTop={1}>
        <Text wrap="wrap">{newsMessages.roundQuestion(company, role)}</Text>
      </Box>
      <ChoiceInput
        options={[
          { value: 'yes', label: newsMessages.roundYes },
          { value: 'no', label: newsMessages.roundNo },
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

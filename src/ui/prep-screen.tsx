// The card to read before an interview, offered from home: what to note down while there.
// Enter or Esc goes back to home.
import { Box, Text } from 'ink';
import { PREP_CLOSING, PREP_ITEMS, PREP_TITLE, newsMessages } from '../session/index.js';
import { useKeys } from './keys/use-keys.js';
import { title } from './messages.js';

export interface PrepScreenProps {
  readonly isActive: boolean;
  readonly onBack: () => void;
}

export function PrepScreen({ isActive, onBack }: PrepScreenProps) {
  useKeys(
    (_input, key) => {
      if (key.return || key.escape) onBack();
    },
    { isActive },
  );
  return (
    <Box flexDirection="column">
      <Text bold>{title}</Text>
      <Box marginTop={1}>
        <Text bold>{PREP_TITLE}</Text>
      </Box>
      {PREP_ITEMS.map((item) => (
        <Text key={item} wrap="wrap">
          {`  • ${item}`}
        </Text>
      ))}
      <Box marginTop={1}>
        <Text wrap="wrap">{PREP_CLOSING}</Text>
      </Box>
      <Text dimColor>{newsMessages.prepBack}</Text>
    </Box>
  );
}

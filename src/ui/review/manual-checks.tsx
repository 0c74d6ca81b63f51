// The three manual items of the checklist (README, "Review"): no rule can judge sincerity, whether you
// reread your meeting notes, or what friends might do, so the user confirms them, once a session.
import { Box, Text } from 'ink';
import { MANUAL_CHECK_COUNT } from '../../session/review/messages.js';
import { KeyHints } from '../components/key-hints.js';
import { hints, manualChecks as m } from '../messages.js';

/** How many rows the panel takes: the title, one line per item, and the key hints. */
export const MANUAL_CHECK_ROWS = MANUAL_CHECK_COUNT + 2;

export function ManualChecks({ ticked }: { readonly ticked: readonly boolean[] }) {
  return (
    <Box flexDirection="column">
      <Text bold color="cyan" wrap="truncate-end">
        {m.title}
      </Text>
      {m.items.map((item, index) => (
        <Text key={item} wrap="truncate-end" color={ticked[index] ? 'green' : undefined}>
          {`${m.box(ticked[index] ?? false)} ${index + 1} ${item}`}
        </Text>
      ))}
      <KeyHints hints={hints.manualChecks} />
    </Box>
  );
}

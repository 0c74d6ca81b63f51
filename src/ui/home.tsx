// The first screen once there are saved interviews: the choices the session core lists
// (src/session/home.ts), in a list to pick from.
import { Box, Text } from 'ink';
import type { DateStyle } from '../model/dates.js';
import type { Interview, IsoDate } from '../model/types.js';
import type { DueFollowUp } from '../session/effects.js';
import { dueSummary, homeEntries, homeMessages, type HomeChoice } from '../session/index.js';
import { KeyHints } from './components/key-hints.js';
import { useKeys } from './keys/use-keys.js';
import { SelectInput } from './select/select-input.js';
import { hints, title } from './messages.js';

export interface HomeProps {
  readonly interviews: readonly Interview[];
  readonly due: readonly DueFollowUp[];
  readonly dateStyle: DateStyle;
  /** The user's today: what is due by then is said above the choices. */
  readonly today: IsoDate;
  readonly rows: number;
  readonly isActive: boolean;
  readonly onChoose: (choice: HomeChoice) => void;
}

export function Home({ interviews, due, dateStyle, today, rows, isActive, onChoose }: HomeProps) {
  const entries = homeEntries(interviews, due, dateStyle);
  const dueNow = dueSummary(due, today);
  const choose = (value: string) => {
    const entry = entries.find((e) => e.value === value);
    if (entry) onChoose(entry.choice);
  };
  // The list starts on the most urgent step when one is due: a new interview stays one key away.
  const dueFirst = entries[0]?.choice.kind !== 'new';
  useKeys(
    (input) => {
      if (input === homeMessages.newKey) onChoose({ kind: 'new' });
    },
    { isActive: isActive && dueFirst },
  );
  return (
    <Box flexDirection="column">
      <Text bold>{title}</Text>
      {dueNow === null ? null : (
        <Box marginTop={1}>
          <Text wrap="wrap">{dueNow}</Text>
        </Box>
      )}
      <Box marginTop={1}>
        <Text>{homeMessages.question}</Text>
      </Box>
      <SelectInput
        options={entries.map(({ value, label }) => ({ value, label }))}
        visibleOptionCount={Math.max(3, rows - (dueNow === null ? 6 : 8))}
        isActive={isActive}
        onChange={choose}
      />
      <Box marginTop={1}>
        <KeyHints hints={dueFirst ? hints.homeDue : hints.home} />
      </Box>
    </Box>
  );
}

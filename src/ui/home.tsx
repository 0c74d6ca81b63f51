// The first screen once there are saved interviews: start a new one, write the follow-up that
// is due (most urgent first), or go back to the notes of a saved one.
import { Select } from '@inkjs/ui';
import { Box, Text } from 'ink';
import { formatDay } from '../model/dates.js';
import type { Interview } from '../model/types.js';
import { KeyHints } from './components/key-hints.js';
import type { DueFollowUp } from '../session/effects.js';
import { hints, home, title } from './messages.js';
import { newsMessages } from '../session/index.js';
import { latestRounds } from '../model/rounds.js';

export type HomeChoice =
  | { readonly kind: 'new' }
  | { readonly kind: 'prep' }
  | { readonly kind: 'news'; readonly interview: Interview }
  | { readonly kind: 'follow-up'; readonly interview: Interview }
  | { readonly kind: 'notes'; readonly interview: Interview };

export interface HomeProps {
  readonly interviews: readonly Interview[];
  readonly due: readonly DueFollowUp[];
  readonly rows: number;
  readonly isActive: boolean;
  readonly onChoose: (choice: HomeChoice) => void;
}

export function Home({ interviews, due, rows, isActive, onChoose }: HomeProps) {
  const options = [
    { value: 'new', label: home.newInterview },
    ...due.map((d) => ({
      value: `follow-up:${d.interview.id}`,
      label: home.followUp(d.interview.company, d.interview.role, d.line ?? formatDay(d.due)),
    })),
    ...interviews.map((i) => ({ value: `notes:${i.id}`, label: home.regen(i.company, i.role) })),
    // News is the application's: offered for the latest round of each, which the schedule follows.
    ...latestRounds(interviews).map((i) => ({ value: `news:${i.id}`, label: newsMessages.homeEntry(i.company, i.role) })),
    { value: 'prep', label: newsMessages.prepEntry },
  ];
  const choose = (value: string) => {
    if (value === 'new' || value === 'prep') return onChoose({ kind: value });
    const [kind, ...rest] = value.split(':');
    const interview = interviews.find((i) => i.id === rest.join(':'));
    if (interview) onChoose({ kind: kind === 'follow-up' ? 'follow-up' : kind === 'news' ? 'news' : 'notes', interview });
  };
  return (
    <Box flexDirection="column">
      <Text bold>{title}</Text>
      <Box marginTop={1}>
        <Text>{home.question}</Text>
      </Box>
      <Select options={options} visibleOptionCount={Math.max(3, rows - 6)} isDisabled={!isActive} onChange={choose} />
      <Box marginTop={1}>
        <KeyHints hints={hints.home} />
      </Box>
    </Box>
  );
}

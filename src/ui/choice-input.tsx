// A vertical list of choices that starts on the previous answer, so going back and pressing
// Enter keeps it. The focus lives in a reducer: a burst of arrow keys moves it one by one.
//
//   ❯ On site
//     Video call
//     Phone call
import { Box, Text, useInput } from 'ink';
import { useReducer, useRef } from 'react';
import type { Choice } from '../session/index.js';

export interface ChoiceInputProps {
  readonly options: readonly Choice[];
  readonly defaultValue?: string;
  readonly isActive: boolean;
  readonly onSubmit: (value: string) => void;
}

function move(focus: number, by: number, count: number): number {
  return (focus + by + count) % count;
}

export function ChoiceInput({ options, defaultValue, isActive, onSubmit }: ChoiceInputProps) {
  const start = Math.max(0, options.findIndex((o) => o.value === defaultValue));
  const [focus, dispatch] = useReducer((at: number, by: number) => move(at, by, options.length), start);
  // Keys of one chunk arrive before React re-renders: Enter must see the arrows before it.
  const latest = useRef(focus);
  latest.current = focus;
  useInput(
    (input, key) => {
      const by = key.upArrow ? -1 : key.downArrow || key.tab ? 1 : 0;
      if (by !== 0) {
        latest.current = move(latest.current, by, options.length);
        dispatch(by);
      } else if (key.return) onSubmit(options[latest.current]!.value);
      else if (/^[1-9]$/.test(input) && Number(input) <= options.length) onSubmit(options[Number(input) - 1]!.value);
    },
    { isActive },
  );
  return (
    <Box flexDirection="column">
      {options.map((option, index) => (
        <Text key={option.value} color={index === focus ? 'cyan' : undefined} bold={index === focus}>
          {index === focus ? '❯ ' : '  '}
          {option.label}
        </Text>
      ))}
    </Box>
  );
}

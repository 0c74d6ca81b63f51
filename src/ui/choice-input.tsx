// A vertical list of choices that starts on the previous answer, so going back and pressing
// Enter keeps it. The focus lives in a reducer: a burst of arrow keys moves it one by one.
//
//   ❯ On site
//     Video call
//     Phone call
import { Box, Text } from 'ink';
import { useLayoutEffect, useReducer, useRef } from 'react';
import type { Choice } from '../session/index.js';
import { useRawInput } from './text-input/use-raw-input.js';

/** Up and Down (as terminals send them in normal and application mode), and Tab. */
const ARROWS: Readonly<Record<string, number>> = { '\u001b[A': -1, '\u001bOA': -1, '\u001b[B': 1, '\u001bOB': 1, '\t': 1 };

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
  const start = Math.max(
    0,
    options.findIndex((o) => o.value === defaultValue),
  );
  const [focus, dispatch] = useReducer((at: number, by: number) => move(at, by, options.length), start);
  // Keys of one chunk arrive before React re-renders: Enter must see the arrows before it.
  const latest = useRef(focus);
  latest.current = focus;
  // Taken from the moment the question is committed (use-raw-input.ts), so a key pressed as it
  // appears is not lost.
  // Chosen once: a second Enter that arrives before the next screen is drawn belongs to no one
  // here (held, or pressed twice fast, it may even come in the same read: "\r\r").
  const chosen = useRef(false);
  useLayoutEffect(() => {
    chosen.current = false;
  });
  const choose = (value: string) => {
    chosen.current = true;
    onSubmit(value);
  };
  useRawInput((data) => {
    if (chosen.current) return;
    const by = ARROWS[data] ?? 0;
    if (by !== 0) {
      latest.current = move(latest.current, by, options.length);
      dispatch(by);
    } else if (/^\r+$/.test(data)) choose(options[latest.current]!.value);
    else if (/^[1-9]$/.test(data) && Number(data) <= options.length) choose(options[Number(data) - 1]!.value);
  }, isActive);
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

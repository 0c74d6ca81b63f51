// A list to pick one option from with the arrows and Enter: @inkjs/ui's Select (2.0.0), drawn
// the same way, with its keys taken from the moment it is drawn (src/ui/keys/use-keys.ts; the
// original listens only after its frame, so a key pressed as the list appears was lost).
//
//   ❯ Start a new interview
//     Notes for Acme Robotics
//     Before an interview: what to note down while you are there
import figures from 'figures';
import { Box, Text } from 'ink';
import { isDeepStrictEqual } from 'node:util';
import { useLayoutEffect, useRef, useState } from 'react';
import { useKeys } from '../keys/use-keys.js';
import { type SelectAction, type SelectOption, selectReducer, selectState } from './select-state.js';

export interface SelectInputProps {
  readonly options: readonly SelectOption[];
  readonly visibleOptionCount?: number;
  readonly isActive: boolean;
  /** Called on Enter with the focused value, when it differs from the one picked before. */
  readonly onChange: (value: string) => void;
}

export function SelectInput({ options, visibleOptionCount = 5, isActive, onChange }: SelectInputProps) {
  const [state, setState] = useState(() => selectState(options, visibleOptionCount));
  // Other options (not only another array) start the list again, focus and window included.
  let shown = state;
  if (options !== state.options && !isDeepStrictEqual(options, state.options)) {
    shown = selectState(options, visibleOptionCount);
    setState(shown);
  }
  // Keys of one read arrive before React re-renders: each one moves on from the one before.
  const latest = useRef(shown);
  latest.current = shown;
  // Keys that reach the list after a pick and before the next commit (the rest of the read, while
  // the next screen is still to be drawn) are dropped, as a text field drops them after Enter.
  const picked = useRef(false);
  useLayoutEffect(() => {
    picked.current = false;
  });
  useKeys(
    (_input, key) => {
      const action: SelectAction | null = key.downArrow ? 'next' : key.upArrow ? 'previous' : key.return ? 'pick' : null;
      if (action === null || picked.current) return;
      const next = selectReducer(latest.current, action);
      if (next === latest.current) return;
      latest.current = next;
      if (action === 'pick') picked.current = true;
      setState(next);
      if (action === 'pick' && next.value !== undefined && next.value !== next.previous) onChange(next.value);
    },
    { isActive },
  );
  return (
    <Box flexDirection="column">
      {shown.options.slice(shown.from, shown.to).map((option, at) => {
        const focused = isActive && shown.from + at === shown.focus;
        const chosen = shown.value === option.value;
        return (
          <Box key={option.value} gap={1} paddingLeft={focused ? 0 : 2}>
            {/* Never shrunk: a label that wraps would squeeze the pointer to no width, and the
                label would start on the space after it (test/ui/select-wrap.test.tsx). */}
            {focused && (
              <Box flexShrink={0}>
                <Text color="blue">{figures.pointer}</Text>
              </Box>
            )}
            <Text color={focused ? 'blue' : chosen ? 'green' : undefined}>{option.label}</Text>
            {chosen && (
              <Box flexShrink={0}>
                <Text color="green">{figures.tick}</Text>
              </Box>
            )}
          </Box>
        );
      })}
    </Box>
  );
}

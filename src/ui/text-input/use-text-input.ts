// Keys -> text input actions. Enter submits; a chunk such as "Bob\r" (a fast typist, a paste, or
// tmux send-keys) is the text and then Enter, not a line with a carriage return in it.
import { useInput } from 'ink';
import { useEffect, useReducer, useRef } from 'react';
import { textInputReducer, textInputState, valueOf, type TextInputState } from './text-input-state.js';

export interface UseTextInputOptions {
  readonly defaultValue: string;
  readonly isActive: boolean;
  readonly onChange?: ((value: string) => void) | undefined;
  readonly onSubmit: (value: string) => void;
}

export function useTextInput({ defaultValue, isActive, onChange, onSubmit }: UseTextInputOptions): TextInputState {
  const [state, dispatch] = useReducer(textInputReducer, defaultValue, textInputState);
  // Submitting reads the latest state even when several chunks arrive before a re-render.
  const latest = useRef(state);
  latest.current = state;
  const value = valueOf(state);
  const reported = useRef(value);
  // Ink swaps input handlers in a passive effect after the next frame: keys that arrive in that
  // gap still reach this input after it has submitted. They belong to the next question, and
  // submitting them here would file them as this question's answer over the next one's.
  // A rejected answer (a validation message) re-renders this same input: take keys again then.
  const submitted = useRef(false);
  useEffect(() => {
    submitted.current = false;
  });
  const submit = (text: string) => {
    submitted.current = true;
    onSubmit(text);
  };

  useEffect(() => {
    if (reported.current === value) return;
    reported.current = value;
    onChange?.(value);
  }, [value, onChange]);

  useInput(
    (input, key) => {
      if (submitted.current) return;
      const apply = (action: Parameters<typeof textInputReducer>[1]) => {
        latest.current = textInputReducer(latest.current, action);
        dispatch(action);
      };
      if (key.return) return submit(valueOf(latest.current));
      if (key.leftArrow) return apply({ type: 'left' });
      if (key.rightArrow) return apply({ type: 'right' });
      if (key.home || (key.ctrl && input === 'a')) return apply({ type: 'home' });
      if (key.end || (key.ctrl && input === 'e')) return apply({ type: 'end' });
      if (key.ctrl && input === 'u') return apply({ type: 'clear' });
      if (key.ctrl && input === 'w') return apply({ type: 'delete-word-left' });
      // Most terminals send DEL (0x7f) for Backspace, which Ink reports as `delete`.
      if (key.backspace || key.delete) return apply({ type: 'delete-left' });
      if (key.ctrl || key.meta || key.escape || key.tab || key.upArrow || key.downArrow) return;
      const enter = input.search(/[\r\n]/);
      if (enter === -1) return apply({ type: 'insert', text: input });
      apply({ type: 'insert', text: input.slice(0, enter) });
      submit(valueOf(latest.current));
    },
    { isActive },
  );
  return state;
}

// Keys -> text input actions. Enter submits; a chunk such as "Bob\r" (a fast typist, a paste, or
// tmux send-keys) is the text and then Enter, not a line with a carriage return in it. A chunk
// is read byte by byte (read-chunk.ts): a burst of Backspace deletes one character per byte,
// and pasted lines go to `onLines` (a list takes each), else join into this one line.
import { useInput } from 'ink';
import { useEffect, useReducer, useRef, useState } from 'react';
import { pasted } from '../messages.js';
import { PASTE_END, PASTE_START, readChunk } from './read-chunk.js';
import { textInputReducer, textInputState, valueOf, type TextInputAction, type TextInputState } from './text-input-state.js';

export interface UseTextInputOptions {
  readonly defaultValue: string;
  readonly isActive: boolean;
  readonly onChange?: ((value: string) => void) | undefined;
  readonly onSubmit: (value: string) => void;
  /** Pasted lines, the first one joined to what was typed; without it they become one line. */
  readonly onLines?: ((lines: readonly string[]) => void) | undefined;
}

export interface TextInputView extends TextInputState {
  /** Said under the input after a paste was changed to fit it; null otherwise. */
  readonly notice: string | null;
}

export function useTextInput({ defaultValue, isActive, onChange, onSubmit, onLines }: UseTextInputOptions): TextInputView {
  const [state, dispatch] = useReducer(textInputReducer, defaultValue, textInputState);
  const [notice, setNotice] = useState<string | null>(null);
  // Submitting reads the latest state even when several chunks arrive before a re-render.
  const latest = useRef(state);
  latest.current = state;
  const value = valueOf(state);
  const reported = useRef(value);
  // A bracketed paste may come in several reads: it is taken whole once it ends.
  const pasting = useRef<string | null>(null);
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
      const apply = (action: TextInputAction) => {
        latest.current = textInputReducer(latest.current, action);
        dispatch(action);
      };
      if (input === PASTE_START) return void (pasting.current = '');
      if (pasting.current !== null && input !== PASTE_END) {
        // Ink names a lone "\r" Enter; inside a paste it is a line break.
        pasting.current += key.return ? '\r' : input;
        return;
      }
      const paste = pasting.current;
      pasting.current = null;
      if (input === PASTE_END && paste === null) return;
      if (notice !== null) setNotice(null);
      if (paste === null) {
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
      }
      for (const step of paste === null ? readChunk(input, false) : readChunk(paste, true)) {
        if (step.type === 'edit') apply(step.action);
        else if (step.type === 'submit') return submit(valueOf(latest.current));
        else if (onLines) {
          apply({ type: 'insert', text: step.lines[0] ?? '' });
          onLines([valueOf(latest.current), ...step.lines.slice(1)]);
        } else {
          apply({ type: 'insert', text: step.lines.map((line) => line.trim()).filter(Boolean).join(' ') });
          setNotice(pasted.joined(step.lines.length));
        }
      }
    },
    { isActive },
  );
  return { ...state, notice };
}

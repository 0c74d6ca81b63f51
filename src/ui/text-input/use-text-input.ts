// Keys -> text input actions, from the terminal's key events (use-raw-input.ts). Enter submits;
// a chunk such as "Bob\r" (a fast typist, a paste, or tmux send-keys) is the text and then
// Enter, not a line with a carriage return in it. A chunk is read byte by byte (read-chunk.ts):
// a burst of Backspace deletes one character per byte, and pasted lines go to `onLines` (a list
// takes each), else join into this one line.
import { useLayoutEffect, useReducer, useRef, useState } from 'react';
import { pasted } from '../messages.js';
import { PASTE_END, PASTE_START, readChunk, readKey } from './read-chunk.js';
import { useRawInput } from './use-raw-input.js';
import { textInputReducer, textInputState, textOf, type TextInputAction, type TextInputState } from './text-input-state.js';

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
  const value = textOf(state);
  const reported = useRef(value);
  // A bracketed paste may come in several reads: it is taken whole once it ends.
  const pasting = useRef<string | null>(null);
  // The rest of a chunk after its Enter belongs to the next question, never to this answer.
  // A rejected answer (a validation message) re-renders this same input: take keys again then,
  // from the moment it is committed.
  const submitted = useRef(false);
  useLayoutEffect(() => {
    submitted.current = false;
  });
  const submit = (text: string) => {
    submitted.current = true;
    onSubmit(text);
  };

  // Reported in the commit that shows it, so a key handled next (Esc keeps what was typed)
  // already knows it: a passive effect could still be pending when that key arrives.
  useLayoutEffect(() => {
    if (reported.current === value) return;
    reported.current = value;
    onChange?.(value);
  }, [value, onChange]);

  useRawInput((data) => {
    if (submitted.current) return;
    const apply = (action: TextInputAction) => {
      latest.current = textInputReducer(latest.current, action);
      dispatch(action);
    };
    if (data === PASTE_START) {
      pasting.current = '';
      return;
    }
    if (pasting.current !== null && data !== PASTE_END) {
      pasting.current += data;
      return;
    }
    const paste = pasting.current;
    pasting.current = null;
    if (data === PASTE_END && paste === null) return;
    if (notice !== null) setNotice(null);
    const key = paste === null ? readKey(data) : null;
    if (key === 'ignore') return;
    if (key === 'submit') return submit(textOf(latest.current));
    if (key !== null) return apply(key);
    for (const step of paste === null ? readChunk(data, false) : readChunk(paste, true)) {
      if (step.type === 'edit') apply(step.action);
      else if (step.type === 'submit') return submit(textOf(latest.current));
      else if (onLines) {
        apply({ type: 'insert', text: step.lines[0] ?? '' });
        onLines([textOf(latest.current), ...step.lines.slice(1)]);
      } else {
        apply({
          type: 'insert',
          text: step.lines
            .map((line) => line.trim())
            .filter(Boolean)
            .join(' '),
        });
        setNotice(pasted.joined(step.lines.length));
      }
    }
  }, isActive);
  return { ...state, notice };
}

// The pure state of a one-line text input: the value and where the cursor is, in code points,
// so an emoji or 王 moves as one character. Everything typed passes through sanitizeLine first:
// a pasted escape sequence can never reach the screen.
import { sanitizeLine } from '../../session/sanitize.js';

export interface TextInputState {
  /** Code points, so that cursor arithmetic never splits a surrogate pair. */
  readonly chars: readonly string[];
  readonly cursor: number;
}

export type TextInputAction =
  | { readonly type: 'insert'; readonly text: string }
  | { readonly type: 'delete-left' }
  | { readonly type: 'delete-right' }
  | { readonly type: 'delete-word-left' }
  | { readonly type: 'left' }
  | { readonly type: 'right' }
  | { readonly type: 'home' }
  | { readonly type: 'end' }
  | { readonly type: 'clear' }
  | { readonly type: 'reset'; readonly value: string };

export function textInputState(value: string): TextInputState {
  const chars = Array.from(sanitizeLine(value));
  return { chars, cursor: chars.length };
}

export function textOf(state: TextInputState): string {
  return state.chars.join('');
}

export function textInputReducer(state: TextInputState, action: TextInputAction): TextInputState {
  const { chars, cursor } = state;
  switch (action.type) {
    case 'insert': {
      const added = Array.from(sanitizeLine(action.text));
      if (added.length === 0) return state;
      return { chars: [...chars.slice(0, cursor), ...added, ...chars.slice(cursor)], cursor: cursor + added.length };
    }
    case 'delete-left':
      if (cursor === 0) return state;
      return { chars: [...chars.slice(0, cursor - 1), ...chars.slice(cursor)], cursor: cursor - 1 };
    case 'delete-right':
      if (cursor === chars.length) return state;
      return { chars: [...chars.slice(0, cursor), ...chars.slice(cursor + 1)], cursor };
    case 'delete-word-left': {
      let start = cursor;
      while (start > 0 && chars[start - 1] === ' ') start -= 1;
      while (start > 0 && chars[start - 1] !== ' ') start -= 1;
      return { chars: [...chars.slice(0, start), ...chars.slice(cursor)], cursor: start };
    }
    case 'left':
      return cursor === 0 ? state : { chars, cursor: cursor - 1 };
    case 'right':
      return cursor === chars.length ? state : { chars, cursor: cursor + 1 };
    case 'home':
      return { chars, cursor: 0 };
    case 'end':
      return { chars, cursor: chars.length };
    case 'clear':
      return { chars: [], cursor: 0 };
    case 'reset':
      return textInputState(action.value);
  }
}

// The pure state of a one-line text input: the value and where the cursor is, in graphemes (what
// a person sees as one character), so "é" typed as e + a combining accent, 王, or an emoji with a
// skin tone or a ZWJ family moves and deletes as one. Everything typed passes through
// sanitizeLine first: a pasted escape sequence can never reach the screen.
import { sanitizeLine } from '../../session/sanitize.js';

export interface TextInputState {
  /** Graphemes, so that cursor arithmetic never splits a character a person sees as one. */
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

// Built on first use: most answers are plain ASCII, which splits without it.
let segmenter: Intl.Segmenter | undefined;

/** The graphemes of `text`; printable ASCII is one per character. */
export function graphemesOf(text: string): string[] {
  if (/^[\u0020-\u007e]*$/.test(text)) return text.split('');
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return Array.from(segmenter.segment(text), (part) => part.segment);
}

export function textInputState(value: string): TextInputState {
  const chars = graphemesOf(sanitizeLine(value));
  return { chars, cursor: chars.length };
}

export function textOf(state: TextInputState): string {
  return state.chars.join('');
}

export function textInputReducer(state: TextInputState, action: TextInputAction): TextInputState {
  const { chars, cursor } = state;
  switch (action.type) {
    case 'insert': {
      const added = sanitizeLine(action.text);
      if (added === '') return state;
      // Segmented again with its neighbours: a combining accent or a skin tone typed on its own
      // joins the character before it.
      const before = chars.slice(0, cursor).join('') + added;
      const after = graphemesOf(before + chars.slice(cursor).join(''));
      return { chars: after, cursor: Math.min(graphemesOf(before).length, after.length) };
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

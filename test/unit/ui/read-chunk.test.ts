import { describe, expect, it } from 'vitest';
import { readChunk, readKey } from '../../../src/ui/text-input/read-chunk.js';
import { textInputReducer, textInputState, type TextInputState } from '../../../src/ui/text-input/text-input-state.js';

const insert = (text: string) => ({ type: 'edit', action: { type: 'insert', text } });
const del = { type: 'edit', action: { type: 'delete-left' } };

describe('the Delete key', () => {
  it('deletes the character under the cursor, and nothing at the end', () => {
    expect(readKey('\u001b[3~')).toEqual({ type: 'delete-right' });
    const at = (text: string, cursor: number): TextInputState => ({ ...textInputState(text), cursor });
    expect(textInputReducer(at('Thao', 0), { type: 'delete-right' })).toEqual({ chars: ['h', 'a', 'o'], cursor: 0 });
    expect(textInputReducer(at('王a', 0), { type: 'delete-right' })).toEqual({ chars: ['a'], cursor: 0 });
    expect(textInputReducer(at('Thao', 4), { type: 'delete-right' })).toEqual(at('Thao', 4));
  });
});

describe('readChunk', () => {
  it('reads a burst of DEL or BS bytes as one delete each, in order with the text', () => {
    expect(readChunk('\u007f\u007f\u007f', false)).toEqual([del, del, del]);
    expect(readChunk('ab\b\bcd', false)).toEqual([insert('ab'), del, del, insert('cd')]);
  });

  it('reads text with one line break at its end as the text, then Enter', () => {
    expect(readChunk('Bob\r', false)).toEqual([insert('Bob'), { type: 'submit' }]);
    expect(readChunk('Bob\r\n', false)).toEqual([insert('Bob'), { type: 'submit' }]);
    expect(readChunk('\n', false)).toEqual([{ type: 'submit' }]);
  });

  it('reads several lines, or a line break followed by more, as pasted lines', () => {
    expect(readChunk('one\ntwo\r\nthree\n', false)).toEqual([{ type: 'lines', lines: ['one', 'two', 'three'] }]);
    expect(readChunk('one\rtwo', false)).toEqual([{ type: 'lines', lines: ['one', 'two'] }]);
  });

  it('reads a bracketed paste as text, line breaks included, never as Enter', () => {
    expect(readChunk('Bob\r', true)).toEqual([insert('Bob')]);
    expect(readChunk('a\rb\r', true)).toEqual([{ type: 'lines', lines: ['a', 'b'] }]);
    expect(readChunk('x\u007fy', true)).toEqual([insert('xy')]);
  });

  it('does every one-byte editing key inside a chunk, in order with the text', () => {
    const word = { type: 'edit', action: { type: 'delete-word-left' } };
    expect(readChunk('\u0017\u0017', false)).toEqual([word, word]);
    expect(readChunk('\u0017Z', false)).toEqual([word, insert('Z')]);
    expect(readChunk('\u0015next blursday', false)).toEqual([
      { type: 'edit', action: { type: 'clear' } },
      insert('next blursday'),
    ]);
    expect(readChunk('\u0001Dr \u0005!', false)).toEqual([
      { type: 'edit', action: { type: 'home' } },
      insert('Dr '),
      { type: 'edit', action: { type: 'end' } },
      insert('!'),
    ]);
  });

  it('drops other control bytes instead of reading them as text', () => {
    expect(readChunk('a\u0002b\u0003\tc', false)).toEqual([insert('abc')]);
  });
});

import { describe, expect, it } from 'vitest';
import { readChunk } from '../../../src/ui/text-input/read-chunk.js';

const insert = (text: string) => ({ type: 'edit', action: { type: 'insert', text } });
const del = { type: 'edit', action: { type: 'delete-left' } };

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
});

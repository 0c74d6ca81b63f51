import { describe, expect, it } from 'vitest';
import { strictJsonProblem } from '../../../src/model/strict-json.js';

describe('strictJsonProblem', () => {
  it('names a key given twice, with the path of the object it is in', () => {
    expect(strictJsonProblem('{"a": [{"x": 1}, {"y": 2, "y": 3}]}', 4)).toEqual({
      kind: 'duplicate-key',
      key: 'y',
      path: ['a', 1, 'y'],
    });
    expect(strictJsonProblem('{"r\\u006fle": 1, "role": 2}', 4)).toEqual({ kind: 'duplicate-key', key: 'role', path: ['role'] });
  });

  it('is not fooled by brackets, commas or quotes inside strings', () => {
    expect(strictJsonProblem('{"a": "[[[[[{,,\\"}", "b": "\\\\", "c": ["]]]"]}', 2)).toBeNull();
    expect(strictJsonProblem('{"a": {"k": 1}, "b": {"k": 1}}', 4)).toBeNull();
  });

  it('finds nesting past the limit where it starts', () => {
    expect(strictJsonProblem('{"a": [[1]]}', 3)).toBeNull();
    expect(strictJsonProblem('{"a": [[[1]]]}', 3)).toEqual({ kind: 'too-deep', path: ['a', 0, 0] });
    expect(strictJsonProblem(`${'['.repeat(200_000)}${']'.repeat(200_000)}`, 4)).toEqual({
      kind: 'too-deep',
      path: [0, 0, 0, 0],
    });
  });

  it('leaves malformed JSON to JSON.parse', () => {
    expect(strictJsonProblem('{"a": ', 4)).toBeNull();
  });
});

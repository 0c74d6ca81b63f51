import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from '../../../src/model/json-syntax.js';

describe('findJsonSyntaxError', () => {
  it('finds nothing in JSON', () => {
    for (const text of ['{}', '[]', ' 1 ', '-0.5e+3', '"a\\u00e9\\n"', '{"a":[1,{"b":null}],"c":true}', '[[[[]]]]', '"王"'])
      expect([text, findJsonSyntaxError(text)]).toEqual([text, null]);
  });

  it('points at the character that cannot be there, with what was expected', () => {
    const cases: [string, number, number, string][] = [
      [
        '{\n  "version": 1,\n  "company": \'x\',\n  "role": "r"\n}\n',
        3,
        14,
        `expected ${'a value (text in double quotes, a number, true, false, null, an object or a list)'}, found a single quote (JSON puts text in double quotes)`,
      ],
      ['{\n  "version": 1,\n  "company": "x",,\n}', 3, 18, "expected a property name in double quotes, found ','"],
      ['{"version": 1\n "company": "x"}', 2, 2, "expected ',' or '}' after a property value, found '\"'"],
      ['{"a" 1}', 1, 6, "expected ':' after the property name, found '1'"],
      ['[1, 2', 1, 6, "expected ',' or ']' after an item of the list, found the end of the text"],
      ['{"a": "b}', 1, 10, `expected a closing '"', found the end of the text`],
      ['{"a": "line\nbreak"}', 1, 12, `expected a closing '"' (text in quotes stays on one line), found a line break`],
      ['{"a": "\\x"}', 1, 9, "expected an escape after the backslash (\\n, \\t, \\\", \\\\ or \\uXXXX), found 'x'"],
      ['{} {}', 1, 4, "expected the end of the text after the JSON value, found '{'"],
      [
        '{"王": tru}',
        1,
        7,
        `expected ${'a value (text in double quotes, a number, true, false, null, an object or a list)'}, found 't'`,
      ],
      [
        '\u0000\u0001binary',
        1,
        1,
        `expected ${'a value (text in double quotes, a number, true, false, null, an object or a list)'}, found the character U+0000`,
      ],
      [
        '',
        1,
        1,
        `expected ${'a value (text in double quotes, a number, true, false, null, an object or a list)'}, found the end of the text`,
      ],
    ];
    for (const [text, line, column, problem] of cases) {
      const error = findJsonSyntaxError(text);
      expect({ text, line: error?.line, column: error?.column, problem: error?.problem }).toEqual({
        text,
        line,
        column,
        problem,
      });
    }
  });

  it('reads nesting far deeper than a recursive parser could', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    expect(findJsonSyntaxError(deep)).toBeNull();
    expect(findJsonSyntaxError(`${'['.repeat(200_000)}`)?.offset).toBe(200_000);
  });

  it('agrees with JSON.parse on what is JSON', () => {
    const pieces = ['{', '}', '[', ']', '"a"', ':', ',', '1', '-', '.5', 'e3', 'true', 'nul', ' ', '\n', '"\\u12"', '"\\"'];
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    for (let n = 0; n < 20_000; n += 1) {
      let text = '';
      const length = next() % 8;
      for (let k = 0; k < length; k += 1) text += pieces[next() % pieces.length];
      let valid = true;
      try {
        JSON.parse(text);
      } catch {
        valid = false;
      }
      expect([text, findJsonSyntaxError(text) === null]).toEqual([text, valid]);
    }
  });
});

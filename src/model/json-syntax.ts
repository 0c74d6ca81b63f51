// Where text stops being JSON, and what was expected there, for any text JSON.parse refused.
// V8's own message cannot be used: for a stray character (Node 20: `Unexpected token ''',
// ..."company": 'x',\n "rol"... is not valid JSON`) it gives no position at all, and it quotes
// the text around it, which for a damaged store can be any bytes of any file. One pass, with its
// own stack (no recursion), so nesting of any depth is read without overflowing.

export interface JsonSyntaxError {
  /** UTF-16 offset of the first character that cannot be there (the text's length at its end). */
  readonly offset: number;
  /** 1-based; the column counts characters (code points), as an editor does. */
  readonly line: number;
  readonly column: number;
  /** What should have been there and what is: "expected ':' after the property name, found '='". */
  readonly problem: string;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = '"\\/bfnrt';
const HEX4 = /[0-9a-fA-F]{4}/y;
const A_VALUE = 'a value (text in double quotes, a number, true, false, null, an object or a list)';

/** The character at `offset` in words that quote nothing but one visible ASCII character. */
function found(text: string, offset: number): string {
  if (offset >= text.length) return 'the end of the text';
  const code = text.codePointAt(offset)!;
  if (code === 0x0a || code === 0x0d) return 'a line break';
  if (code === 0x27) return 'a single quote (JSON puts text in double quotes)';
  if (code > 0x20 && code < 0x7f) return `'${text[offset]}'`;
  return `the character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

function located(text: string, offset: number, expected: string): JsonSyntaxError {
  const lines = text.slice(0, offset).split('\n');
  const column = Array.from(lines.at(-1) ?? '').length + 1;
  return { offset, line: lines.length, column, problem: `expected ${expected}, found ${found(text, offset)}` };
}

type State = 'value' | 'first-key' | 'key' | 'first-item' | 'after';

/** The first syntax error in `text`, or null when it is JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  const stack: ('{' | '[')[] = [];
  let i = 0;
  let state: State = 'value';
  const fail = (expected: string) => located(text, i, expected);
  /** Reads the string that starts at `i` (a `"`); null when it is whole. */
  const readString = (): JsonSyntaxError | null => {
    for (i += 1; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      if (code === 0x22) {
        i += 1;
        return null;
      }
      if (code < 0x20) return fail(`a closing '"' (text in quotes stays on one line)`);
      if (code !== 0x5c) continue;
      i += 1;
      if (text[i] === 'u') {
        HEX4.lastIndex = i + 1;
        if (!HEX4.test(text)) return fail('four hexadecimal digits after \\u');
        i += 4;
      } else if (i >= text.length || !ESCAPES.includes(text[i]!)) {
        return fail('an escape after the backslash (\\n, \\t, \\", \\\\ or \\uXXXX)');
      }
    }
    return fail(`a closing '"'`);
  };
  for (;;) {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i += 1;
    const c = text[i];
    const top = stack.at(-1);
    if (state === 'after') {
      if (top === undefined) return i === text.length ? null : fail('the end of the text after the JSON value');
      if (c === ',') {
        i += 1;
        state = top === '{' ? 'key' : 'value';
      } else if (c === (top === '{' ? '}' : ']')) {
        i += 1;
        stack.pop();
      } else return fail(top === '{' ? "',' or '}' after a property value" : "',' or ']' after an item of the list");
      continue;
    }
    if (state === 'first-key' || state === 'key') {
      if (state === 'first-key' && c === '}') {
        i += 1;
        stack.pop();
        state = 'after';
        continue;
      }
      if (c !== '"') return fail('a property name in double quotes');
      const bad = readString();
      if (bad !== null) return bad;
      while (i < text.length && ' \t\n\r'.includes(text[i]!)) i += 1;
      if (text[i] !== ':') return fail("':' after the property name");
      i += 1;
      state = 'value';
      continue;
    }
    if (state === 'first-item' && c === ']') {
      i += 1;
      stack.pop();
      state = 'after';
      continue;
    }
    // A value.
    if (c === '{' || c === '[') {
      stack.push(c);
      i += 1;
      state = c === '{' ? 'first-key' : 'first-item';
      continue;
    }
    state = 'after';
    if (c === '"') {
      const bad = readString();
      if (bad !== null) return bad;
      continue;
    }
    NUMBER.lastIndex = i;
    const number = c === '-' || (c !== undefined && c >= '0' && c <= '9') ? NUMBER.exec(text) : null;
    if (number !== null) {
      i += number[0].length;
      continue;
    }
    const word = ['true', 'false', 'null'].find((w) => text.startsWith(w, i));
    if (word === undefined) return fail(A_VALUE);
    i += word.length;
  }
}

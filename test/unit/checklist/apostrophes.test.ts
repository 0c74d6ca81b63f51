// apostrophes() (src/checklist/rules/sentence-matches.ts) rewrites each broad-tier pattern when
// the rules load: "'" takes the curly apostrophe too and "\w" the accented letters, inside a
// character class or outside one, and every other escape is copied as it is. It reads the pattern
// a stretch at a time, not a mark at a time: these are the places where the two could part.
import { describe, expect, it } from 'vitest';
import { WORD_CHARS } from '../../../src/checklist/chars.js';
import { apostrophes } from '../../../src/checklist/rules/sentence-matches.js';

const W = `[${WORD_CHARS}]`;

describe('apostrophes', () => {
  it.each([
    ['', ''],
    [String.raw`\bno\s+thanks\b`, String.raw`\bno\s+thanks\b`],
    ["can't", "can['\u2019]t"],
    [String.raw`\w+'s`, `${W}+['\u2019]s`],
    // Inside a class the apostrophe and the letters join it.
    [String.raw`[\w'-]+`, `[${WORD_CHARS}'\u2019-]+`],
    [String.raw`[^.!?\n]{0,80}?'`, `${String.raw`[^.!?\n]{0,80}?`}['\u2019]`],
    // An escaped apostrophe, an escaped bracket and an escaped backslash before a w are no marks.
    [String.raw`\'`, String.raw`\'`],
    [String.raw`\['`, `${String.raw`\[`}['\u2019]`],
    [String.raw`[\]']'`, `${String.raw`[\]'`}\u2019]['\u2019]`],
    [String.raw`\\w`, String.raw`\\w`],
    // A bracket inside a class opens nothing; "[]" is a class that closes at once.
    ["[[']'", "[['\u2019]['\u2019]"],
    ["[]'", "[]['\u2019]"],
    // A backslash that ends the pattern stays.
    ['a\\', 'a\\'],
  ])('%j becomes %j', (source, expected) => {
    expect(apostrophes(source)).toBe(expected);
  });
});

// phrase-list.ts `splitTopLevel` passes over what cannot split a pattern in one RegExp step;
// it must split every pattern where a character-at-a-time reading splits it.
import { describe, expect, it } from 'vitest';
import { SCORN_CONDESCENSION } from '../../../src/checklist/rules/scorn-condescension.js';
import { splitTopLevel as alternatives } from '../../../src/checklist/phrase-list.js';
import { SCORN_STANCES } from '../../../src/checklist/rules/scorn-stance.js';
import { SCORN_TREATMENT } from '../../../src/checklist/rules/scorn-treatment.js';

/** The top-level alternatives a character at a time, as `splitTopLevel` read them before. */
function alternativesByCharacter(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  let inClass = false;
  for (let at = 0; at < source.length; at += 1) {
    const char = source[at];
    if (char === '\\') at += 1;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') depth += 1;
    else if (char === ')') depth -= 1;
    else if (char === '|' && depth === 0) {
      parts.push(source.slice(start, at));
      start = at + 1;
    }
  }
  parts.push(source.slice(start));
  return parts;
}

describe('splitTopLevel', () => {
  it('splits the scorn lists as a character-at-a-time reading does', () => {
    const sources = [...SCORN_STANCES, ...SCORN_CONDESCENSION, ...SCORN_TREATMENT];
    for (const source of sources) expect(alternatives(source), source).toEqual(alternativesByCharacter(source));
    expect(sources.flatMap(alternatives).length).toBeGreaterThan(sources.length);
  });

  it('splits only at a bar outside groups, classes and escapes, and keeps unclosed ones as they are', () => {
    const shapes = [
      String.raw`\ba\b|\bb(?:c|d)\b|[|(]e|\|f|g`,
      String.raw`[^\]|]+|x`,
      'a[|b',
      '(a|b',
      'a)|b',
      'a|b\\',
      '\\|',
      '',
      '|',
      String.raw`[\]]|(?:[)]|\))|z`,
    ];
    for (const source of shapes) expect(alternatives(source), source).toEqual(alternativesByCharacter(source));
    expect(alternatives(shapes[0]!)).toEqual([String.raw`\ba\b`, String.raw`\bb(?:c|d)\b`, '[|(]e', String.raw`\|f`, 'g']);
    expect(alternatives(shapes[2]!)).toEqual([shapes[2]]);
  });
});

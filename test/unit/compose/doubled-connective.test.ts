// A detail typed with its own "also", "too" or "as well" joins a sentence that says "also" itself:
// a trial's thank-you read "I also enjoyed talking about how you also learned to code at a
// bootcamp". Every note of every kind, in every tone, written and called, with such details on a
// panel of five (each detail meets each phrasing in turn): no sentence says it twice.
import { describe, expect, it } from 'vitest';
import { TONES } from '../../../src/model/types.js';
import { ownWords, pharmacistPanel } from './every-state.js';

const DETAILS = [
  'she also learned to code at a bootcamp',
  'I grew up in Valencia too',
  'he too trained in Leeds',
  'we both ran the Boston marathon as well',
  'also a keen cyclist',
];
const NAMES = ['Ann Lee', 'Bo Chen', 'Cy Dunn', 'Di Eve', 'Ed Fox'];
const ADDING = /\b(also|too|as well|even)\b/gi;

describe('a detail joins its sentence without a second "also"', () => {
  it.each(TONES.flatMap((tone) => (['email', 'phone'] as const).map((by) => [tone, by] as const)))('%s, %s', (tone, by) => {
    const doubled: string[] = [];
    let carried = 0;
    for (const shift of DETAILS.keys()) {
      const panel = pharmacistPanel(NAMES, by, (i) => ({
        topics: ['the weekend rota'],
        detail: DETAILS[(i + shift) % DETAILS.length],
      }));
      for (const { kind, to, own } of ownWords(panel, by, tone))
        for (const sentence of own.split(/(?<=[.!?])\s+|\n+/)) {
          if (/bootcamp|Valencia|Leeds|Boston|cyclist/.test(sentence)) carried += 1;
          if ((sentence.match(ADDING) ?? []).length > 1) doubled.push(`${kind} to ${to}: ${sentence}`);
        }
    }
    expect(carried).toBeGreaterThan(0);
    expect(doubled).toEqual([]);
  });
});

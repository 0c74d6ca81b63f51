// The NFC form handed to Harper, and the way back to the writer's offsets (spell-nfc.ts).
import { describe, expect, it } from 'vitest';
import { composed } from '../../../src/checklist/spell-nfc.js';

describe('composed', () => {
  it('hands NFC text over and maps each offset back to the text as typed', () => {
    const typed = 'Dear He\u0301le\u0300ne, my re\u0301sume\u0301 is here';
    const { text, original } = composed(typed);
    expect(text).toBe('Dear Hélène, my résumé is here');
    // "résumé" starts at 16 in NFC and at 18 as typed (two marks before it), ends at 22 and 26.
    expect(original(text.indexOf('résumé'))).toBe(typed.indexOf('re\u0301sume\u0301'));
    expect(original(text.indexOf('résumé') + 6)).toBe(typed.indexOf(' is'));
    expect(original(text.length)).toBe(typed.length);
    expect(original(0)).toBe(0);
  });

  it('leaves text with nothing to compose as it is', () => {
    for (const typed of ['Plain ASCII.', 'Already NFC: Núñez, Zoë 😀', 'A mark alone: \u0301 here']) {
      const { text, original } = composed(typed);
      expect(text).toBe(typed.normalize('NFC'));
      if (text === typed) expect([0, 3, typed.length].map(original)).toEqual([0, 3, typed.length]);
    }
  });

  it('keeps a run of marks with no base character where it stands', () => {
    const typed = '\u0301\u0301e\u0301x';
    const { text, original } = composed(typed);
    expect(text).toBe('\u0301\u0301éx');
    expect(original(text.indexOf('x'))).toBe(typed.indexOf('x'));
  });
});

import { describe, expect, it } from 'vitest';
import { showLine, showText } from '../../../src/cli/terminal-text.js';

describe('terminal-text', () => {
  it('shows every control, DEL, C1, bidi override and isolate as a visible escape', () => {
    expect(showLine('a\u001b]52;c;eA==\u0007b\u009b2J\u007f\u202eZ\u2066\r\n\t')).toBe(
      'a\\u001b]52;c;eA==\\u0007b\\u009b2J\\u007f\\u202eZ\\u2066\\u000d\\u000a\\u0009',
    );
  });

  it('keeps newline and tab in text of several lines, but not CR', () => {
    expect(showText('Dear Priya,\r\n\tThanks\u0008')).toBe('Dear Priya,\\u000d\n\tThanks\\u0008');
  });

  it('leaves ordinary text, emoji and right-to-left marks alone', () => {
    expect(showText('Zoë 🎉 王伟 דנה\u200f')).toBe('Zoë 🎉 王伟 דנה\u200f');
  });

  it('escapes a lone surrogate but not a pair', () => {
    expect(showLine('x\ud83dy\ud83c\udf89')).toBe('x\\ud83dy\ud83c\udf89');
  });

  it('inside JSON the escape means the same character', () => {
    const json = showText(JSON.stringify({ name: 'a\u009bb\u202ec' }));
    expect(JSON.parse(json)).toEqual({ name: 'a\u009bb\u202ec' });
  });
});

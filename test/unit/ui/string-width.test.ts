// The bundle measures text with src/ui/string-width.ts in place of the string-width package (it
// loads 70 ms faster). Ink lays out every frame with it, so it must give the package's answers.
import packageWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import ourWidth, { isSimple } from '../../../src/ui/string-width.js';

const HARD = [
  '',
  'hello',
  '王伟',
  'Nguyễn',
  'Nguye\u0302\u0303n',
  'José',
  'Zoë 🎉',
  '👨‍👩‍👧',
  '🇫🇷',
  '🇫🇷🇩🇪',
  '1️⃣',
  '1\u20e3',
  '👍🏽',
  '☺️',
  '☺',
  '\u001b[31mred\u001b[39m',
  '\u009b31mred',
  'a\u200bb',
  '한국어',
  '\u1100\u1161\u11a8',
  '\u1100\u1161\u11a8x',
  'x\u1100',
  'ｆｕｌｌ',
  'ﾊﾞﾝｶｸ',
  '…—’',
  '\t',
  'a\tb',
  'line\nbreak',
  '\u0301',
  'e\u0301',
  '🧑‍💻 dev',
  '⚠ warn',
  '⚠️',
  '✓ ok',
  '✖',
  'ℹ',
  '→',
  '█',
  '•',
  '❯',
  '🏳️‍🌈',
  'क्षि',
  'ผู้',
  'مرحبا',
  'שָׁלוֹם',
  '\u00ad',
  '\u2028',
  '©',
  '±',
  '½',
  'Ω',
  '\ud800',
  '😀'.repeat(3),
  'a'.repeat(60),
  '🏴󠁧󠁢󠁳󠁣󠁴󠁿',
];

describe('string width', () => {
  it.each(HARD.map((text) => [JSON.stringify(text), text]))('%s measures as string-width does', (_shown, text) => {
    expect(ourWidth(text)).toBe(packageWidth(text));
    expect(ourWidth(text, { ambiguousIsNarrow: false })).toBe(packageWidth(text, { ambiguousIsNarrow: false }));
    expect(ourWidth(text, { countAnsiEscapeCodes: true })).toBe(packageWidth(text, { countAnsiEscapeCodes: true }));
  });

  it('every code point of the simple ranges is a cluster of its own and measures as string-width says', () => {
    const segmenter = new Intl.Segmenter();
    const clusters = (text: string) => [...segmenter.segment(text)].length;
    const wrong: string[] = [];
    let checked = 0;
    for (let point = 0; point <= 0xffff; point += 1) {
      if (!isSimple(point)) continue;
      checked += 1;
      const char = String.fromCodePoint(point);
      const alone =
        ourWidth(char) === packageWidth(char) &&
        ourWidth(char, { ambiguousIsNarrow: false }) === packageWidth(char, { ambiguousIsNarrow: false });
      if (!alone || clusters(`a${char}a`) !== 3 || clusters(char + char) !== 2) wrong.push(point.toString(16));
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(40_000);
  });

  it('strings mixing simple and other code points measure as string-width says', () => {
    const pool = [
      'a',
      'Z',
      ' ',
      'é',
      'ß',
      'Ω',
      'ж',
      'ễ',
      '—',
      '…',
      '→',
      '█',
      '│',
      '✓',
      '⚠',
      '王',
      'か',
      '한',
      'Ａ',
      'ｶ',
      '\u0301',
      '\u200d',
      '🎉',
      '👍',
      '🏽',
      '\ufe0f',
      '🇫',
      '\u1100',
      '\u1161',
      '\t',
    ];
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % pool.length;
    };
    for (let run = 0; run < 3000; run += 1) {
      const text = Array.from({ length: 1 + (run % 12) }, () => pool[next()]).join('');
      expect([text, ourWidth(text)]).toEqual([text, packageWidth(text)]);
    }
  });
});

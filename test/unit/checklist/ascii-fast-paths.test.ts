// Plain ASCII names are read without \p{..} RegExps (people.ts, src/compose/words.ts): V8 builds
// Unicode tables for each such RegExp on first use, a cost on every `regen`. On ASCII the quick
// reading must give what the Unicode one gives, for every word shape that decides it. The words
// of an ASCII text are found by one RegExp (chars.ts wordSpans), not a code point at a time.
import { describe, expect, it } from 'vitest';
import { isWordPoint, wordSpans } from '../../../src/checklist/chars.js';
import { isPostNominal } from '../../../src/checklist/people.js';
import { spokenName } from '../../../src/compose/words.js';

/** The Unicode reading, as the code had it before the ASCII path. */
function postNominalByUnicode(word: string): boolean {
  if (!/^\p{Lu}\p{L}{1,7}$/u.test(word)) return false;
  const capitals = word.replace(/\P{Lu}/gu, '').length;
  return capitals >= 2 && capitals * 2 >= word.length;
}

function spokenByUnicode(name: string): string {
  const words = name.trim().split(/\s+/u);
  let keep = words.length;
  const isLetters = (word: string) => {
    const bare = word.replace(/[.,]+$/u, '').replace(/\./gu, '');
    const capitals = bare.replace(/\P{Lu}/gu, '').length;
    return /^\p{Lu}\p{L}{1,7}$/u.test(bare) && capitals >= 2 && capitals * 2 >= bare.length;
  };
  while (keep > 1 && isLetters(words[keep - 1]!)) keep -= 1;
  return words.slice(0, keep).join(' ').replace(/,+$/u, '');
}

/** Words of every shape the readings tell apart: lengths 1 to 10, capitals here and there, digits, marks. */
const WORDS = [
  ...['R', 'RN', 'PE', 'BSN', 'PhD', 'MSc', 'CEng', 'MRTPI', 'FRCSEd', 'ABCDEFGH', 'ABCDEFGHI', 'Ab', 'Abc', 'aB', 'rn'],
  ...['Priya', 'Raghunathan', 'DDS', 'M.D.', 'R.N.,', 'RN,', 'B2B', 'A1', "O'NEIL", 'MBA-CPA', '_PE', 'Zz', 'ZZ', 'Q'],
  ...Array.from({ length: 300 }, (_, at) => {
    // A deterministic spread of lengths and cases: upper, lower, a digit or a stop here and there.
    const length = 1 + (at % 10);
    let word = '';
    for (let i = 0; i < length; i += 1) {
      const pick = (at * 7 + i * 13) % 11;
      word +=
        pick < 5
          ? String.fromCharCode(65 + ((at + i) % 26))
          : pick < 9
            ? String.fromCharCode(97 + ((at * i) % 26))
            : pick < 10
              ? '.'
              : '7';
    }
    return word;
  }),
];

describe('ASCII names without \\p{..} RegExps', () => {
  it('read the post-nominal letters as the Unicode classes do', () => {
    for (const word of WORDS) expect(isPostNominal(word), word).toBe(postNominalByUnicode(word));
    expect(WORDS.filter(isPostNominal).length).toBeGreaterThan(10);
    expect(WORDS.filter((word) => !isPostNominal(word)).length).toBeGreaterThan(10);
  });

  it('leave the same letters out of a name said on a call', () => {
    const names = WORDS.flatMap((word, at) => [
      `Ana Ruiz ${word}`,
      `Ngozi Adeyemi-Clarke, ${word}, ${WORDS[(at + 1) % WORDS.length]}`,
    ]);
    for (const name of names) expect(spokenName(name), name).toBe(spokenByUnicode(name));
    expect(names.filter((name) => spokenName(name) !== name.trim()).length).toBeGreaterThan(10);
  });
});

/** The words of `text` a code point at a time, as wordSpans reads any text that is not ASCII. */
function wordSpansByCodePoint(text: string, from: number, to: number): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  const pointAt = (index: number) => (index >= 0 && index < text.length ? text.codePointAt(index) : undefined);
  let index = from;
  while (index < text.length) {
    const point = text.codePointAt(index)!;
    if (!isWordPoint(point)) {
      index += point > 0xffff ? 2 : 1;
      continue;
    }
    if (index >= to) break;
    const start = index;
    index += point > 0xffff ? 2 : 1;
    for (;;) {
      const next = pointAt(index);
      if (next === undefined) break;
      if (isWordPoint(next)) {
        index += next > 0xffff ? 2 : 1;
        continue;
      }
      const joiner = next === 0x27 || next === 0x2019 || next === 0x2d || next === 0x2f || next === 0x2e;
      const after = pointAt(index + 1);
      if (joiner && after !== undefined && isWordPoint(after)) {
        index += 1;
        continue;
      }
      break;
    }
    spans.push({ start, end: index });
  }
  return spans;
}

describe('the words of an ASCII text', () => {
  // Every kind of character the reading tells apart: letters, digits, the joiners, others.
  const CHARS = 'aZq09 \'-/.,;!?_\t\n()"x';
  const TEXTS = [
    "Thank you for the chat on Kafka's on-call, 24/7 and v2.1 -- 'quoted' words.",
    "it's rock-'n'-roll/jazz. e.g. U.S.A. don't--stop ' - / . end-",
    ...Array.from({ length: 400 }, (_, at) => {
      const length = at % 40;
      let text = '';
      for (let i = 0; i < length; i += 1) text += CHARS[(at * 31 + i * i * 7 + i * 3) % CHARS.length];
      return text;
    }),
  ];

  it('are the words a code point at a time finds, from any start to any end', () => {
    for (const text of TEXTS) {
      const ends = [0, 1, 5, Math.floor(text.length / 2), text.length - 1, text.length, text.length + 3];
      for (const from of ends.filter((at) => at >= 0))
        for (const to of ends)
          expect(wordSpans(text, from, to), `${JSON.stringify(text)} ${from}-${to}`).toEqual(
            wordSpansByCodePoint(text, from, to),
          );
    }
    expect(wordSpans(TEXTS[1]!, 0, TEXTS[1]!.length).map(({ start, end }) => TEXTS[1]!.slice(start, end))).toEqual([
      "it's",
      'rock',
      'n',
      'roll/jazz',
      'e.g',
      'U.S.A',
      "don't",
      'stop',
      'end',
    ]);
  });
});

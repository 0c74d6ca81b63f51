import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wholeWordMatches, wordPattern } from '../../../src/checklist/chars.js';
import { PhraseList, alternativeAnchors, anchorKey, anchorsOf, lowerCasePattern } from '../../../src/checklist/phrase-list.js';
import { CLICHES } from '../../../src/checklist/rules/cliche-phrases.js';
import { BEHALF_GRAMMAR } from '../../../src/checklist/rules/behalf-grammar.js';
import { SCORN_SHAPES } from '../../../src/checklist/rules/scorn-grammar.js';
import { GIFT_GRAMMAR } from '../../../src/checklist/rules/gift-grammar.js';
import { GIMMICKS, GIVEN_THINGS, THIRD_PARTY } from '../../../src/checklist/rules/gimmick.js';
import { NAMED_HELPER, PRAISE_BY_PROXY, THIRD_PARTY_GRAMMAR } from '../../../src/checklist/rules/third-party-grammar.js';
import { PRESSURE_GRAMMAR, SCORN_GRAMMAR } from '../../../src/checklist/rules/tone-grammar.js';
import { IMPATIENT, SCATHING } from '../../../src/checklist/rules/tone-phrases.js';
import { BROAD_PATTERNS } from '../../../src/checklist/rules/sentence-matches.js';
import { loadCorpus } from './corpus-lib.js';

const LISTS = {
  SCATHING,
  IMPATIENT,
  GIMMICKS,
  GIVEN_THINGS,
  GIFT_GRAMMAR,
  BEHALF_GRAMMAR,
  SCORN_SHAPES,
  THIRD_PARTY,
  SCORN_GRAMMAR,
  PRESSURE_GRAMMAR,
  THIRD_PARTY_GRAMMAR,
  PRAISE_BY_PROXY,
  NAMED_HELPER,
  CLICHES: CLICHES.flatMap((family) => family.patterns),
  BROAD_PATTERNS,
};

describe('anchorsOf', () => {
  it.each([
    ['thanks\\s+for\\s+nothing', [[' nothing '], [' thanks '], [' for ']]],
    ["you(?:'ll| will)\\s+regret", [[' regret '], [' you '], [' ll ', ' will ']]],
    ['(?:a\\s+)?waste\\s+of\\s+(?:my|our)?\\s*time', [[' waste '], ['time'], [' of ']]],
    ['ghost(?:ed|ing)\\s+me', [['ghost'], [' me '], ['ed', 'ing']]],
    ['(?:rude|absurd)', [[' absurd ', ' rude ']]],
    ['no\\s+offen[cs]e', [['offen'], [' no '], ['e']]],
    ['loo+p', [['loo'], ['p']]],
    ['\\p{Lu}\\p{L}+\\s+team', [[' team ']]],
    ['tick[\\s-]+tock', [[' tick '], [' tock ']]],
    ['(?:hello|hi)\\s*\\?{2,}', [[' hello ', ' hi '], ['?']]],
    ['A\\.S\\.A\\.P\\.?', [['a.s.a.p']]],
    ['I\\s+(?:need|demand)\\s+(?:an?\\s+)?(?:answer|reply)', [[' answer ', ' reply '], [' demand ', ' need '], [' i ']]],
    // Whole words only where the pattern sets them apart: not beside a letter that may follow,
    // an optional group's own letters, or a pass of a repeated group.
    ["\\b(?:he|she|they)(?:'d|\\s+will)\\s+call", [[' call '], [' he ', ' she ', ' they '], [' d ', ' will ']]],
    ['colou?r\\s+me', [['colo'], [' me '], ['r']]],
    ['x(?:ab\\s)+y', [['ab'], ['x'], [' y ']]],
    ["(?<!\\bI)(?:will|'ll)\\s+call", [[' call '], [' ll ', ' will ']]],
    // Alternatives: one clause, of the strongest of each.
    ['waste\\s+of\\s+time|ghost(?:ed|ing)\\s+me', [[' waste ', 'ghost']]],
  ])('%s -> %j', (source, anchors) => {
    expect(anchorsOf(source)).toEqual(anchors);
  });

  it.each([
    ['optional words only', '(?:very\\s+)?(?:so\\s+)?'],
    ['an alternative without words', '(?:sorry|\\d+)'],
    ['a class', '[a-z]+'],
    ['a lookahead is not consumed', '(?=urgent)\\w+'],
  ])('keeps the pattern whenever it cannot tell (%s)', (_what, source) => {
    expect(anchorsOf(source)).toBeNull();
  });

  it.each(Object.entries(LISTS))('finds anchors for every pattern of %s', (_name, list) => {
    expect(list.filter((source) => anchorsOf(source) === null)).toEqual([]);
  });
});

describe('PhraseList', () => {
  const texts = [
    ...loadCorpus(
      resolve(import.meta.dirname, '../../fixtures/corpus'),
      resolve(import.meta.dirname, '../../fixtures/interviews'),
    ).map((entry) => entry.text),
    'It is your loss, and you’ll regret it. I NEED AN ANSWER ASAP!!! Per my last email: A.S.A.P.',
    'Thanks again; thank-you all. My colleague Dana offered to call you on my behalf with a gift card.',
    'She will tell you how great I am. Just checking in: your panel seemed bored, so let me know by Friday.',
    ...['corpus-dev-1', 'corpus-dev-2'].flatMap((folder) =>
      loadCorpus(
        resolve(import.meta.dirname, '../../fixtures', folder),
        resolve(import.meta.dirname, '../../fixtures', folder, 'interviews'),
      ).map((entry) => entry.text),
    ),
    // Lower-casing makes this text longer (İ is two characters in lower case): the slow way.
    'Thanks for nothing, İlkay. YOU WILL REGRET IT; I need an answer by Friday. A gift card is on its way.',
  ];

  it.each(Object.entries(LISTS))(
    '%s finds exactly what one alternation of the whole list finds',
    (_name, list) => {
      const whole = new RegExp(wordPattern(list.map((source) => `(?:${source})`).join('|')), 'gi');
      const phrases = new PhraseList(list);
      let found = 0;
      for (const text of texts) {
        const expected = wholeWordMatches(whole, text).map((match) => [match.index, match[0]]);
        expect(phrases.matches(text).map((match) => [match.index, match[0]])).toEqual(expected);
        found += expected.length;
      }
      // The texts hold planted phrases of every list, so the comparison is not vacuous.
      expect(found).toBeGreaterThan(0);
      // The reference is the slow way on purpose (one alternation of a whole list, over every
      // corpus): on a loaded machine it has taken over a minute, so this waits for it, not a clock.
    },
    600_000,
  );
});

describe('lowerCasePattern', () => {
  it.each([
    ['I\\s+(?:NEED|Demand)\\b', 'i\\s+(?:need|demand)\\b'],
    ['\\S+\\W\\D\\B[A-Z]', '\\S+\\W\\D\\B[a-z]'],
    // Hex digits read the same in either case.
    ['\\x4A\\u00C9É', '\\x4a\\u00c9é'],
    ['A\\.S\\.A\\.P\\\\', 'a\\.s\\.a\\.p\\\\'],
  ])('%s -> %s', (source, lowered) => {
    expect(lowerCasePattern(source)).toBe(lowered);
  });

  // One character at a time, as the i flag reads them: what the quicker way must give.
  const eachUnit = (source: string) => {
    let out = '';
    for (let at = 0; at < source.length; at += 1) {
      out += source[at] === '\\' ? source.slice(at, at + 2) : source[at]!.toLowerCase();
      if (source[at] === '\\') at += 1;
    }
    return out;
  };

  it.each([
    ['\u03a3\u039f\u03a3 \\\u03a3', 'a capital sigma, which lower-cases by its neighbours in a whole string'],
    ['\ud801\udc00 \u0130 X\\', 'a letter beyond the BMP, a dotted capital I and a closing backslash'],
  ])('lower-cases %s a unit at a time (%s)', (source) => {
    expect(lowerCasePattern(source)).toBe(eachUnit(source));
    expect(lowerCasePattern(source)).not.toBe(source.toLowerCase());
  });

  it.each(Object.entries(LISTS))('lower-cases every pattern of %s as a unit at a time would', (_name, list) => {
    for (const source of list) expect(lowerCasePattern(source), source).toBe(eachUnit(source));
  });

  it('matches on lower-cased text what the pattern matches with the i flag', () => {
    const source = "\\bI(?:'ve|\\s+HAVE)\\s+\\S+\\s+[A-Z]\\w*\\x21";
    const text = "Well, i've SENT Flowers! I HAVE baked Bread! i have made x!";
    const expected = [...text.matchAll(new RegExp(source, 'gi'))].map((match) => [match.index, match[0]]);
    const lowered = [...text.toLowerCase().matchAll(new RegExp(lowerCasePattern(source), 'g'))].map((match) => [
      match.index,
      text.slice(match.index, match.index + match[0].length),
    ]);
    expect(lowered).toEqual(expected);
    expect(expected.length).toBe(3);
  });
});

describe('phraseAnchorTable (what the build precomputes)', () => {
  it('holds the anchors of every pattern of every list the rules use', async () => {
    await import('../../../src/checklist/registry.js');
    const { phraseAnchorTable } = await import('../../../src/checklist/phrase-list.js');
    const table = phraseAnchorTable();
    const patterns = Object.values(LISTS).flat();
    expect(Object.keys(table).sort()).toEqual([...new Set(patterns.map(anchorKey))].sort());
    for (const pattern of patterns) expect(table[anchorKey(pattern)], pattern).toEqual(alternativeAnchors(pattern));
  });
});

// PhraseList (phrase-list.ts) on what makes a long draft slow: a match tried from inside every
// word, an anchor looked for in the whole text, a lookbehind read back from every word. Each
// shortcut must find exactly what one alternation of the patterns finds with wholeWordMatches.
// Its own file: a PhraseList made here records its patterns in the build's anchor table, which
// phrase-list.test.ts compares with the rules' lists.
import { describe, expect, it } from 'vitest';
import { wholeWordMatches, wordPattern } from '../../../src/checklist/chars.js';
import { PhraseList, alternativeAnchors } from '../../../src/checklist/phrase-list.js';

const reference = (source: string, text: string) =>
  wholeWordMatches(new RegExp(wordPattern(source), 'gi'), text).map((match) => [match.index, match[0]]);

describe('PhraseList on a long text', () => {
  it('starts no match inside an ASCII word, yet still after a letter of another script', () => {
    // A run opens the pattern: inside "Zoë's" the "s" stands after no letter a-z, and the check
    // of whole words takes it, since "'" is no letter; so does "Dana" after "Ë_" ("_" is none
    // either, though \w holds it). Inside "xDana" nothing may start.
    const source = "[\\w'.-]+\\s*,\\s*who\\s+will\\s+call\\s+you";
    const text = "Zoë's, who will call you. Dana, who will call you. xDana, who will call you; Ë_Dana, who will call you.";
    const found = new PhraseList([source]).matches(text).map((match) => [match.index, match[0]]);
    expect(found).toEqual(reference(source, text));
    expect(found).toEqual([
      [4, 's, who will call you'],
      [26, 'Dana, who will call you'],
      [51, 'xDana, who will call you'],
      [79, 'Dana, who will call you'],
    ]);
  });

  it('finds an anchor inside a word of a long text that repeats its words', () => {
    // "mail" stands only inside "emailed" and "mailbox": the runs of letters hold it all the same.
    const phrases = new PhraseList(['\\b(?:e-?)?mail(?:ed|box)\\b']);
    const text = `${'The team reviewed the weekly schedule. '.repeat(2000)}I emailed you, then checked the mailbox.`;
    expect(phrases.matches(text).map((match) => match[0])).toEqual(['emailed', 'mailbox']);
  });

  it('needs what a lookbehind needs, and still finds every match that has it', () => {
    const source = String.raw`(?<=\bapparently\b[^.!?\n]{0,60}?)\b(?:never|is\s+not)\b`;
    expect(alternativeAnchors(source)).toEqual([[[' apparently '], [' never ', ' not ']]]);
    const without = `${'We never missed a shift; the audit is not due. '.repeat(500)}`;
    expect(new PhraseList([source]).matches(without)).toEqual([]);
    const text = `${without}Apparently the rota is not fixed, and apparently, it never will be.`;
    const found = new PhraseList([source]).matches(text).map((match) => [match.index, match[0]]);
    expect(found).toEqual(reference(source, text));
    expect(found.map(([, phrase]) => phrase)).toEqual(['is not', 'never']);
  });
});

// "weather" for "whether" (a new user's trial): found in the conjunction's slot, in phrasings
// the rule's own comment does not use, and left be as the noun and the verb.
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/checklist/draft.js';
import { findingsFromLints } from '../../../src/checklist/harper-map.js';
import { missedLints } from '../../../src/checklist/spell-missed.js';

const found = (sentence: string) => {
  const text = `Hi Priya,\n\n${sentence}\n\nBest,\nJordan`;
  return findingsFromLints(parseDraft(text), []).map((finding) => [finding.rule, finding.excerpt, finding.column]);
};

describe('weather where whether belongs', () => {
  it.each([
    ["I'm not sure weather the team has decided.", 14],
    ['Could you let me know weather there is any news?', 23],
    ["I was wondering weather you'd had a chance to review it.", 17],
    ['I would like to find out weather the post is still open.', 26],
    ['Weather or not it works out, thank you.', 1],
    ['I am curious weather the night shift rotates.', 14],
  ])('flags %j', (sentence, column) => {
    expect(found(sentence)).toEqual([['spelling', sentence.slice(column - 1, column + 6), column]]);
  });

  it('suggests "whether", capitalised where the word opens a sentence', () => {
    expect(missedLints('Weather or not').map((lint) => lint.suggestions)).toEqual([['Whether']]);
    expect(missedLints('not sure weather I').map((lint) => lint.suggestions)).toEqual([['whether']]);
  });

  it.each([
    'I hope the weather held for the site visit.',
    'We can walk the site tomorrow, weather permitting.',
    'The crew helped me weather the busy season.',
    'I am sure the weather in Denver is colder.',
    'I checked the weather before driving up.',
  ])('leaves %j alone', (sentence) => {
    expect(found(sentence)).toEqual([]);
  });
});

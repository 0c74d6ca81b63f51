// "of" for "have" after a modal or a 'd contraction (a new user's trial: "I'd of replied sooner"
// passed while "would of" was caught): each found where a past participle follows, with "have"
// offered, and the "of" of ordinary English left alone.
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/checklist/draft.js';
import { findingsFromLints, type RawLint } from '../../../src/checklist/harper-map.js';
import { missedLints } from '../../../src/checklist/spell-missed.js';

const wrap = (sentence: string) => `Hi Priya,\n\n${sentence}\n\nBest,\nJordan`;
const found = (sentence: string, lints: readonly RawLint[] = []) =>
  findingsFromLints(parseDraft(wrap(sentence)), lints).map((finding) => [finding.rule, finding.excerpt]);

describe('"of" where "have" belongs after a modal', () => {
  it.each([
    ["I'd of replied sooner, but the site had no signal.", "I'd of", "I'd have"],
    ['I could of asked more about the night shifts.', 'could of', 'could have'],
    ['I should of mentioned my forklift ticket.', 'should of', 'should have'],
    ['You must of heard that question many times.', 'must of', 'must have'],
    ['The delay might of been the storm.', 'might of', 'might have'],
    ["I would've of brought the samples had I known.", "would've of", 'would have'],
    ['She’d of known the answer to that one.', 'She’d of', 'She’d have'],
    ["We'd of really enjoyed the tour of the yard.", "We'd of", "We'd have"],
  ])('flags %j', (sentence, excerpt, suggestion) => {
    expect(found(sentence)).toEqual([['grammar', excerpt]]);
    expect(missedLints(sentence).map((lint) => lint.suggestions)).toEqual([[suggestion]]);
  });

  it.each([
    'It was the kind of project I hope to do more of.',
    "I'd often stay late to finish a mount.",
    'Most of them had worked on the dig before.',
    "I'd of course be glad to send the photos.",
    'I could offer a few examples of my casting work.',
    'The two of us should meet the conservator.',
    'I would be glad to hear more of your plans for the hall.',
  ])('leaves %j alone', (sentence) => {
    expect(found(sentence)).toEqual([]);
  });

  it("reports once a slip Harper's ModalOf found too", () => {
    const sentence = 'I could of asked more about the night shifts.';
    const start = wrap(sentence).indexOf('could of');
    const harper: RawLint = {
      start,
      end: start + 'could of'.length,
      rule: 'ModalOf',
      kind: 'WordChoice',
      message: 'Use "have" after a modal.',
      problem: 'could of',
      suggestions: ['could have'],
    };
    expect(found(sentence, [harper])).toEqual([['grammar', 'could of']]);
  });
});

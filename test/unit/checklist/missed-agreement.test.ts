// "they was" and "between you and I", which Harper 2.10 lets pass (spell-missed.ts): found as
// grammar, and left be where the words stand apart.
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/checklist/draft.js';
import { findingsFromLints } from '../../../src/checklist/harper-map.js';

const found = (sentence: string) =>
  findingsFromLints(parseDraft(`Hi Priya,\n\n${sentence}\n\nBest,\nJordan`), []).map((f) => `${f.rule} ${f.excerpt}`);

describe('grammar Harper misses', () => {
  it.each([
    ["The homeowner didn't know they was there.", 'grammar was'],
    ['We was told the crew starts at six.', 'grammar was'],
    ['Between you and I, the sill plate was soft.', 'grammar I'],
  ])('flags %j', (sentence, finding) => expect(found(sentence)).toEqual([finding]));

  it('says what to write', () => {
    const [finding] = findingsFromLints(parseDraft('Hi Priya,\n\nThey was kind.\n\nBest,\nJordan'), []);
    expect(finding?.message).toBe(
      '"was": After "they" or "we" the verb is "were": "they were there". Try "were". Hiring managers read each note as a writing sample.',
    );
  });

  it.each([
    'They were there, and so was I.',
    'What we saw was a well-run shop.',
    'Between you and me, the sill plate was soft.',
    'The gap between you and Ivan was small.',
  ])('leaves %j alone', (sentence) => expect(found(sentence)).toEqual([]));
});

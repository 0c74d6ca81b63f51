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

describe('"each of" with a plural verb, and "very looking forward"', () => {
  it.each([
    ['Each of the technician have a pager on the night shift.', 'grammar have'],
    ['Each of the senior engineers have their own runbook.', 'grammar have'],
    ['I liked that each of them are paired with a mentor.', 'grammar are'],
    ['each of your sites were audited last spring.', 'grammar were'],
    ['I am very looking forward to hearing from you.', 'grammar very looking forward'],
  ])('flags %j', (sentence, finding) => expect(found(sentence)).toEqual([finding]));

  it('says what to write', () => {
    const [each, very] = findingsFromLints(
      parseDraft('Hi Priya,\n\nEach of the teams have a lead. I am very looking forward to it.\n\nBest,\nJordan'),
      [],
    );
    expect(each?.message).toBe(
      '"have": After "each of", the verb agrees with "each", which is singular: "each of the engineers has". Try "has". Hiring managers read each note as a writing sample.',
    );
    expect(very?.message).toBe(
      '"very looking forward": Before "looking forward", "very" needs "much": "I am very much looking forward to it". Try "very much looking forward". Hiring managers read each note as a writing sample.',
    );
  });

  it.each([
    'Each of the technicians has a pager.',
    'I thanked each of the people I have met so far.',
    'Each of the teams that were there had a lead.',
    'I wrote to each of you. We were glad to meet.',
    'For each of the roles, have you a shortlist yet?',
    'I am very much looking forward to it.',
    'I am really looking forward to it.',
  ])('leaves %j alone', (sentence) => expect(found(sentence)).toEqual([]));
});

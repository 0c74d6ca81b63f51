// A plain verb where English wants another form, which Harper 2.10 lets pass (spell-missed.ts):
// after "look forward to" (a preposition: "hearing", not "hear"), and as a present tense after
// "it", "he" or "she" ("it makes", not "it make"). The sentences are written for this test, in
// several trades and shapes; the right forms beside them stay clean.
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/checklist/draft.js';
import { findingsFromLints } from '../../../src/checklist/harper-map.js';

const found = (sentence: string) =>
  findingsFromLints(parseDraft(`Hi Priya,\n\n${sentence}\n\nBest,\nJordan`), []).map((f) => `${f.rule} ${f.excerpt}`);

describe('a plain verb after "look forward to"', () => {
  it.each([
    ['I am looking forward to meet the rest of the kitchen crew.', 'grammar meet'],
    ['We look forward to work with your surveyors again.', 'grammar work'],
    ['Really looking forward to receive your decision.', 'grammar receive'],
    ['She looks forward to speak with you on Monday.', 'grammar speak'],
  ])('flags %j', (sentence, finding) => expect(found(sentence)).toEqual([finding]));

  it('says what to write', () => {
    const [finding] = findingsFromLints(parseDraft('Hi Priya,\n\nI look forward to join the team.\n\nBest,\nJordan'), []);
    expect(finding?.message).toBe(
      '"join": In "look forward to", "to" is a preposition: the verb after it takes -ing, "I look forward to hearing from you". Try "joining". Hiring managers read each note as a writing sample.',
    );
  });

  it.each([
    'I look forward to hearing from you.',
    'I look forward to your reply, and to the site visit.',
    'Looking forward to work that asks this much of me.',
    'I look forward to Monday.',
  ])('leaves %j alone', (sentence) => expect(found(sentence)).toEqual([]));
});

describe('a plain verb as the present after "it", "he" or "she"', () => {
  it.each([
    ['I think it make the handover much safer.', 'grammar make'],
    ['The way she have organised the cold room impressed me.', 'grammar have'],
    ['I know he work the night shift too.', 'grammar work'],
    ['It seem like a team that listens.', 'grammar seem'],
  ])('flags %j', (sentence, finding) => expect(found(sentence)).toEqual([finding]));

  it.each([
    'Let it make its own case.',
    'Would it make sense to send the drawings?',
    'Does it seem fair to ask for a week?',
    'I would love to see it work on the night shift.',
    'Your notes made her go back to the drawings.',
    'It need not be long.',
    'I asked that he go over the figures first.',
    'The IT work was half the job.',
    'It makes sense, and she has a plan.',
    'The lining fit, and it looked right.',
  ])('leaves %j alone', (sentence) => expect(found(sentence)).toEqual([]));
});

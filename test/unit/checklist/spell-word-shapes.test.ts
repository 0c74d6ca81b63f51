// Spelling on shapes of real words Harper lacks, through the real Harper worker: a token with a
// figure, a grade's letters before a figure, a plural or a doer made from a short word, and a
// term the candidate typed themselves. The words are not from any
// corpus. A typo one slip from a common word beside them is still reported.
import { describe, expect, it } from 'vitest';
import { knownWordsFor, typedWordsFor } from '../../../src/checklist/known-words.js';
import type { CheckContext } from '../../../src/checklist/types.js';
import { ACME } from './sample.js';
import { spellCheckerForFile } from './worker-build.js';

const spellChecker = spellCheckerForFile();
const spelling = async (text: string, context: CheckContext = {}) =>
  (await spellChecker().lint(text, knownWordsFor(context), { typed: typedWordsFor(context) }))
    .filter((f) => f.rule === 'spelling')
    .map((f) => f.excerpt);

describe('tokens with a figure, and a grade before one', () => {
  it.each([
    'I printed the plans on A3 and the legend on B5.',
    "We ran the 2's and 3's of the rota on one sheet.",
    'The blast profile was checked to Rz 40 before coating.',
    'The weld was ground to Ra 3.2 and then inspected.',
  ])('leaves %j alone', async (text) => {
    expect(await spelling(text)).toEqual([]);
  });

  it('still reports a typo beside them', async () => {
    expect(await spelling('The plans were on A3, and I realy liked the legend.')).toEqual(['realy']);
  });
});

describe('a plural or a doer made from words Harper knows', () => {
  it.each([
    'The hewers and the stackers worked the same shift.',
    'Our heath soils are mostly sandy marls and peats.',
    'A subscriber of ours asked about it.',
  ])('leaves %j alone', async (text) => {
    expect(await spelling(text)).toEqual([]);
  });

  it.each([
    ['We met the threshhold on every batch.', 'threshhold'],
    ['It was a wonderfull day.', 'wonderfull'],
    ['Thank you for the tour, I realy enjoyed it.', 'realy'],
    ['The recieving dock was busy.', 'recieving'],
  ])('still reports %j', async (text, word) => {
    expect(await spelling(text)).toEqual([word]);
  });
});

describe('a term the candidate typed in the interview', () => {
  const context: CheckContext = {
    interview: {
      ...ACME,
      interviewers: [{ ...ACME.interviewers[0]!, topics: ['spalted maple for the drawer fronts', 'the recieving bay'] }],
    },
    to: ACME.interviewers[0]!.name,
  };

  it('is their word, a letter more than an English one', async () => {
    expect(await spelling('The spalted maple you showed me was lovely.', context)).toEqual([]);
  });

  it('is still a typo where it is a plain slip of a word', async () => {
    expect(await spelling('The recieving bay was busy.', context)).toEqual(['recieving']);
  });
});

describe('a greeting or closing in the writer’s language', () => {
  const note = (closing: string) =>
    `Dear Priya,\n\nThank you for the tour of the plant and the talk about the night shift.\n\n${closing}\nJordan Lee`;

  it.each(['Tapadh leibh,', 'Hwyl fawr,', 'Cofion cynnes,', 'Nga mihi nui,'])('leaves %j alone', async (closing) => {
    expect(await spelling(note(closing))).toEqual([]);
  });

  it.each([
    ['Kind reagrds,', 'reagrds'],
    ['Best wishs,', 'wishs'],
  ])('still reports a slip of an English closing: %j', async (closing, word) => {
    expect(await spelling(note(closing))).toEqual([word]);
  });

  it('still reports a typo in the body', async () => {
    expect(await spelling('Dear Priya,\n\nThank you for the tuor of the plant.\n\nHwyl fawr,\nJordan Lee')).toEqual(['tuor']);
  });
});

describe('Māori words in New Zealand English', () => {
  it('leaves words of Māori shape alone in a note that writes Māori with its macrons', async () => {
    expect(await spelling('Thank you for the karakia and the waiata. I am learning te reo Māori at night.')).toEqual([]);
  });

  it('still reports an English typo there', async () => {
    expect(await spelling('Thank you for the waiata. I am learning te reo Māori, and I realy like the class.')).toEqual([
      'realy',
    ]);
  });
});

// Harper's a/an advice where either article is right or Harper has the word wrong: an h English
// does not say ("an honour", "an hourly rate", in every spelling), and a chemical symbol or
// formula read as letters or as words ("a Ag/AgCl probe"). Through the real Harper worker, with
// the Canadian English that asks for "a honour"; "an" before a sounded consonant is still reported.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSpellChecker, type SpellChecker } from '../../../src/checklist/spell.js';
import { buildTestWorker } from './worker-build.js';

let canadian: SpellChecker | undefined;
beforeAll(async () => {
  canadian = startSpellChecker({ workerUrl: await buildTestWorker(), dialect: 'Canadian' });
  await canadian.ready;
});
afterAll(() => canadian?.close());
const grammar = async (sentence: string) =>
  (await canadian!.lint(`Hi Priya,\n\n${sentence}\n\nBest,\nJordan`, []))
    .filter((f) => f.rule === 'grammar')
    .map((f) => f.excerpt);

describe('a/an', () => {
  it.each([
    'It would be an honour to join the crew.',
    'It was an honourable way to end the season.',
    'We billed it at an hourly rate.',
    'We took readings with a Ag/AgCl probe at every node.',
    'The sample sat in an NaCl bath overnight.',
  ])('leaves %j alone', async (sentence) => {
    expect(await grammar(sentence)).toEqual([]);
  });

  it.each([
    ['It was an huge help.', 'an'],
    ['I have a interview on Monday.', 'a'],
  ])('still reports %j', async (sentence, excerpt) => {
    expect(await grammar(sentence)).toEqual([excerpt]);
  });
});

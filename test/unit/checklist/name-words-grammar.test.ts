// Issue #13: a correct name is no grammar slip. Harper reads the Māori particle "Te" in
// "Aroha Te Whatu" as a slip of "The", even with the name's words imported; the interview's own
// names are taken as written, and "Te" stays a slip where no name has it. Runs the real worker.
import { describe, expect, it } from 'vitest';
import { knownWordsFor } from '../../../src/checklist/known-words.js';
import { spellCheckerForFile } from './worker-build.js';

const spellChecker = spellCheckerForFile();
const found = async (text: string, to?: string) =>
  (await spellChecker().lint(text, knownWordsFor(to ? { to } : {}))).map((f) => `${f.rule} ${f.excerpt}`);

describe('a word of a known name that Harper reads as a small word', () => {
  it.each([
    'Kia ora Dr. Te Whatu,\n\nThank you for the tour of the seed orchard.',
    'Thank you, Dr. Te Whatu, for the frank talk about burn timing.',
    'I enjoyed meeting Aroha Te Whatu and the nursery crew on Friday.',
  ])('leaves %j alone when the note is for Dr. Aroha Te Whatu', async (text) => {
    expect(await found(text, 'Dr. Aroha Te Whatu')).toEqual([]);
  });

  it('still reports "Te" for "The" where no name of the interview has it', async () => {
    expect(await found('Thank you for the tour. Te crew was kind to me all day.', 'Dr. Aroha Whatu')).toEqual(['grammar Te']);
  });
});

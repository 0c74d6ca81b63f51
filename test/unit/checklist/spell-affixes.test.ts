// Trade words that are a common prefix on a word Harper knows ("deburring", "upskilling") are
// words, not slips; a prefix on a misspelt word ("reconfigurd") is still a misspelling.
import { describe, expect, it } from 'vitest';
import { stemAfterPrefix } from '../../../src/checklist/spell-affixes.js';
import { spellCheckerForFile } from './worker-build.js';

describe('stemAfterPrefix', () => {
  it.each([
    ['deburring', 'burring'],
    ['upskilling', 'skilling'],
    ['re-certified', 'certified'],
    ['subassemblies', 'assemblies'],
    ['Underfilled', 'filled'],
    ['untill', null],
    ['recieve', 'cieve'], // Harper knows no "cieve": still a misspelling
    ['Kubernetes', null],
  ])('%s -> %s', (word, stem) => {
    expect(stemAfterPrefix(word)).toBe(stem);
  });
});

describe('spelling of prefixed trade words, through Harper', () => {
  const checker = spellCheckerForFile();
  const flagged = async (text: string) =>
    (await checker().lint(text, ['Helen', 'Jordan'])).filter((f) => f.rule === 'spelling').map((f) => f.excerpt);

  it('leaves a prefix on a known word alone', async () => {
    const text =
      'Hi Helen,\n\nThank you for the tour. I was recertified in spring, I enjoy upskilling new starters, and deburring is second nature to me.\n\nBest,\nJordan\n';
    expect(await flagged(text)).toEqual([]);
  });

  it('still reports a prefix on a misspelt word, and a plain misspelling', async () => {
    const text =
      'Hi Helen,\n\nThank you for the tour. The reconfigurd line, the unreliabel press and the dissapointing delay were all fine, and I recieve your notes gladly.\n\nBest,\nJordan\n';
    expect(await flagged(text)).toEqual(['reconfigurd', 'unreliabel', 'dissapointing', 'recieve']);
  });
});

// With an interview, the names in the greeting and on the signature line are name-mismatch's to
// read: spelling leaves them to it, and still reports a typo next to them.
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/checklist/draft.js';
import { findingsFromLints, type RawLint } from '../../../src/checklist/harper-map.js';

/** Harper's lint for `word`, with the slip it suggests (spell-slips.ts reads the difference). */
const lintAt = (text: string, word: string, meant: string): RawLint => {
  const start = text.indexOf(word);
  return {
    start,
    end: start + word.length,
    rule: 'SpellCheck',
    kind: 'Spelling',
    message: '',
    problem: word,
    suggestions: [meant],
  };
};
const known = new Set(['priya', 'raghunathan', 'jordan', 'lee']);
const TEXT = 'Hi Nwoso,\n\nThank you for the tuor. Mr. Kesler was kind.\n\nBest,\nJordann Lee, backend enginer\n';

describe('spelling beside name-mismatch', () => {
  it('leaves the greeting’s name and the signature’s name to name-mismatch', () => {
    const lints = [lintAt(TEXT, 'Nwoso', 'Nwosu'), lintAt(TEXT, 'Jordann', 'Jordan')];
    expect(findingsFromLints(parseDraft(TEXT), lints, { known })).toEqual([]);
  });

  it('still reports a typo in the body, or after the name on the signature line', () => {
    const lints = [lintAt(TEXT, 'tuor', 'tour'), lintAt(TEXT, 'enginer', 'engineer')];
    expect(findingsFromLints(parseDraft(TEXT), lints, { known }).map((finding) => finding.excerpt)).toEqual(['tuor', 'enginer']);
  });

  it('reports the greeting’s word where no interview is known, as before', () => {
    const finding = findingsFromLints(
      parseDraft('Hi Priya,\n\nThank you.'),
      [lintAt('Hi Priya,\n\nThank you.', 'Priya', 'Pria')],
      {},
    );
    // Without an interview a capitalised word is taken for a name (isNameGuess): nothing either way.
    expect(finding).toEqual([]);
  });
});

// A capitalised slip of a name typed for the interview ("Smithfeild" when a topic says
// Smithfield) is that name misspelt, whatever Harper offers for it; a proper noun near no known
// word stays a name.
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/checklist/draft.js';
import { findingsFromLints, type RawLint } from '../../../src/checklist/harper-map.js';

const known = new Set(['smithfield', "smithfield's", 'helen', "helen's", 'okonkwo', "okonkwo's"]);

function spelling(text: string, word: string, suggestions: readonly string[]): string[] {
  const start = text.indexOf(word);
  const lint: RawLint = {
    start,
    end: start + word.length,
    rule: 'SpellCheck',
    kind: 'Spelling',
    message: '',
    problem: word,
    suggestions,
  };
  return findingsFromLints(parseDraft(text), [lint], { known }).map((finding) => finding.message);
}

const note = (line: string) => `Hi Helen,\n\nThank you for the tour. ${line}\n\nBest,\nJordan Lee\n`;
const message = (word: string, right: string) =>
  `"${word}" looks misspelled (did you mean "${right}"?). Hiring managers read each note as a writing sample, and a typo is what they remember.`;

describe('a capitalised slip of a known name', () => {
  it.each([
    ['The move of the Smithfeild depot sounds right.', 'Smithfeild', ['Smithfield'], 'Smithfield'],
    ['I liked Smithfeild’s yard.', 'Smithfeild’s', ["Smithfield's"], "Smithfield's"],
    ['Dr. Okonkow was generous with her time.', 'Okonkow', ['Okinawa'], 'Okonkwo'],
    ['The Smithfeld depot is busy.', 'Smithfeld', ['Smithereens'], 'Smithfield'],
  ])('%j is reported with the name as typed', (line, word, offered, right) => {
    const found = spelling(note(line), word, offered);
    const others = offered.filter((offer) => offer !== right).map((offer) => ` or "${offer}"`);
    expect(found).toEqual([message(word, right).replace('?)', `${others.join('')}?)`)]);
  });
});

describe('a proper noun near no known name', () => {
  it.each([
    ['I grew up near Bradfield, so the depot felt familiar.', 'Bradfield', ['Bradford']],
    ['My colleague Okafor sends his regards.', 'Okafor', ['Okay']],
  ])('%j stays quiet', (line, word, offered) => {
    expect(spelling(note(line), word, offered)).toEqual([]);
  });
});

describe('a slip of a name typed in a topic or detail', () => {
  // "Humbrer" typed in the detail, "Humber" written in the note: the answer may hold the slip, so
  // the message names both spellings and does not call the right one misspelled.
  it('names both spellings and says which to correct in either case', () => {
    const text = note('We both grew up near the Humber estuary.');
    const start = text.indexOf('Humber');
    const lint: RawLint = {
      start,
      end: start + 6,
      rule: 'SpellCheck',
      kind: 'Spelling',
      message: '',
      problem: 'Humber',
      suggestions: [],
    };
    const options = { known: new Set([...known, 'humbrer']), answerNames: new Set(['humbrer']) };
    expect(findingsFromLints(parseDraft(text), [lint], options).map((finding) => finding.message)).toEqual([
      '"Humber" is spelled "Humbrer" in your answers about this interview (a topic or a detail). If the answer is right, correct the note; if the note is right, correct the answer (press a at the review, or edit the interview file), so every note spells it the same.',
    ]);
    // A slip of a person's name (not typed in free text) is still that name misspelt.
    expect(findingsFromLints(parseDraft(text), [lint], { known: new Set([...known, 'humbrer']) }).map((f) => f.message)).toEqual([
      message('Humber', 'Humbrer'),
    ]);
  });
});

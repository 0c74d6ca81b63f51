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

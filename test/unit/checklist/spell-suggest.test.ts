// A misspelling's suggestions, nearest first: Harper's own order once put "decagon" before
// "decision" for "decison".
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/checklist/draft.js';
import { findingsFromLints, type RawLint } from '../../../src/checklist/harper-map.js';
import { rankSuggestions } from '../../../src/checklist/spell-suggest.js';

describe('rankSuggestions', () => {
  it.each([
    ['decison', ['decagon', 'decisions', 'decision'], ['decision', 'decisions', 'decagon']],
    ['Decison', ['Dickson', 'Decision'], ['Decision', 'Dickson']],
    ['ecision', ['precision', 'decision'], ['decision', 'precision']],
    ['recieve', ['relieve', 'recipe', 'receive'], ['receive', 'relieve', 'recipe']],
    ['sheduling', ['seedling', 'scheduling', 'shedding'], ['scheduling', 'shedding', 'seedling']],
  ])('%s: %j -> %j', (word, offered, ranked) => {
    expect(rankSuggestions(word, offered)).toEqual(ranked);
  });

  it('puts two letters swapped before another letter, and keeps Harper’s order between equals', () => {
    expect(rankSuggestions('teh', ['tech', 'the'])).toEqual(['the', 'tech']);
    expect(rankSuggestions('hte', ['ate', 'the'])).toEqual(['the', 'ate']);
    expect(rankSuggestions('bnak', ['bank', 'beak'])).toEqual(['bank', 'beak']);
  });
});

describe('the spelling message', () => {
  it('offers the nearest word first', () => {
    const text = 'Hi Sam,\n\nI look forward to your decison.\n\nBest,\nJordan';
    const start = text.indexOf('decison');
    const lint: RawLint = {
      start,
      end: start + 7,
      rule: 'SpellCheck',
      kind: 'Spelling',
      message: '',
      problem: 'decison',
      suggestions: ['decagon', 'decision', 'decisions'],
    };
    expect(findingsFromLints(parseDraft(text), [lint]).map((finding) => finding.message)).toEqual([
      '"decison" looks misspelled (did you mean "decision" or "decisions" or "decagon"?). Hiring managers read each note as a writing sample, and a typo is what they remember.',
    ]);
  });
});

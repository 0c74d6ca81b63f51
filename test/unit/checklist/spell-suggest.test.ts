// A misspelling's suggestions, likeliest first: Harper's own order once put "decagon" before
// "decision" for "decison". The offers below are Harper 2.10's own, in its order.
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
    expect(rankSuggestions('wierd', ['weird', 'wield', 'wired'])).toEqual(['weird', 'wired', 'wield']);
  });

  it.each([
    // A letter typed twice or once too few before a letter typed for another.
    ['comming', ['cumming', 'combing', 'coming'], ['coming', 'cumming', 'combing']],
    ['refered', ['referee', 'referred', 'refereed'], ['referred', 'refereed', 'referee']],
    // A letter left out before a letter typed for another.
    ['wich', ['wish', 'which', 'wick'], ['which', 'wish', 'wick']],
    ['dont', ['don’t', 'dent', 'don'], ['don’t', 'don', 'dent']],
    // Another dialect's spelling: the writer's own dialect's word, one letter apart.
    ['analyse', ['analyze', 'analyst', 'analyte'], ['analyze', 'analyst', 'analyte']],
    ['travelled', ['traveled', 'travailed', 'traveler'], ['traveled', 'traveler', 'travailed']],
    // Two edits away, the longer opening kept: not "reefer" before "remembers".
    ['remeber', ['remember', 'reefer', 'remembers'], ['remember', 'remembers', 'reefer']],
  ])('%s: %j -> %j', (word, offered, ranked) => {
    expect(rankSuggestions(word, offered)).toEqual(ranked);
  });

  it('never offers an apostrophe that changes what the word is, only one that was all that was missing', () => {
    expect(rankSuggestions('sucess', ['success', "sauce's", "suck's"])).toEqual(['success']);
    expect(rankSuggestions('catalogue', ["catalog's", 'catalog', 'cataloged'])).toEqual(['catalog', 'cataloged']);
    expect(rankSuggestions('Pryia', ['Praia', "Pry's", 'Pry'])).toEqual(['Praia', 'Pry']);
    expect(rankSuggestions('theres', ["there's", 'theses', 'themes'])).toEqual(["there's", 'theses', 'themes']);
  });

  it('keeps a possessive’s "\'s", and a lower-case word’s lower case, before a nearer word without', () => {
    expect(rankSuggestions("compnay's", ['company', 'companies', "company's"])).toEqual(["company's", 'company', 'companies']);
    expect(rankSuggestions('doulas', ["doll's", 'Douglas', 'dogmas'])).toEqual(['Douglas', 'dogmas']);
    expect(rankSuggestions('bial', ['Bill', 'bail', 'dial'])).toEqual(['bail', 'dial', 'Bill']);
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

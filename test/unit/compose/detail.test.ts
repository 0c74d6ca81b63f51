import { describe, expect, it } from 'vitest';
import { detailSentence } from '../../../src/compose/detail.js';
import { asPhrase, asSentence } from '../../../src/compose/words.js';

describe('what the candidate typed, set into a note', () => {
  it.each([
    ['we both ran the Chicago marathon', 'We both ran the Chicago marathon.'],
    ['You learned to code through a night class, as I did.', 'You learned to code through a night class, as I did.'],
    [
      'she precepted night-shift new grads for ten years',
      'It was good to hear that you precepted night-shift new grads for ten years.',
    ],
    ['he restores old Vespas on weekends', 'It was good to hear that you restore old Vespas on weekends.'],
    ['she still teaches chemistry on Saturdays', 'It was good to hear that you still teach chemistry on Saturdays.'],
    ['he carries a film camera everywhere', 'It was good to hear that you carry a film camera everywhere.'],
    ['she was a paramedic before nursing', 'It was good to hear that you were a paramedic before nursing.'],
    [
      "she has coached her daughter's team since 2019",
      "It was good to hear that you have coached your daughter's team since 2019.",
    ],
    ['has worked on the unit for nineteen years', 'It was good to hear that you have worked on the unit for nineteen years.'],
    ['grew up near the coast in Valencia!', 'It was good to hear that you grew up near the coast in Valencia!'],
    ['"we met at PyCon"', '"We met at PyCon".'],
  ])('detail %j -> %j', (typed, sentence) => {
    expect(detailSentence(typed)).toBe(sentence);
  });

  it('a noun phrase for a slot: no final stop, a leading article in lower case, names kept', () => {
    expect(asPhrase('The dashboard mock-up I mentioned.')).toBe('the dashboard mock-up I mentioned');
    expect(asPhrase('How I cut falls on my last unit')).toBe('how I cut falls on my last unit');
    expect(asPhrase('Kafka consumer lag alerts')).toBe('Kafka consumer lag alerts');
  });

  it('a sentence keeps its own end mark', () => {
    expect(asSentence('is this right?')).toBe('Is this right?');
    expect(asSentence('  spaced   out  ')).toBe('Spaced out.');
  });
});

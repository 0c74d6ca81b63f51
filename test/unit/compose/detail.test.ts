import { describe, expect, it } from 'vitest';
import { detailAbout } from '../../../src/compose/detail.js';
import { asPhrase, asSentence } from '../../../src/compose/words.js';

describe('what the candidate typed, set into a note', () => {
  it.each([
    // A sentence or fragment about the two of them, as the hint's example has it.
    ['We both ran the Chicago marathon.', 'how we both ran the Chicago marathon'],
    ['we both spent a year in Oslo', 'how we both spent a year in Oslo'],
    ['"we met at PyCon"', 'how we met at PyCon'],
    // About the reader, in the second person or the third: the note is to them, so "you".
    ['You learned to code through a night class, as I did.', 'how you learned to code through a night class, as I did'],
    ['she precepted night-shift new grads for ten years', 'how you precepted night-shift new grads for ten years'],
    ['he restores old Vespas on weekends', 'how you restore old Vespas on weekends'],
    ['she still teaches chemistry on Saturdays', 'how you still teach chemistry on Saturdays'],
    ['he carries a film camera everywhere', 'how you carry a film camera everywhere'],
    ['she was a paramedic before nursing', 'how you were a paramedic before nursing'],
    ["she has coached her daughter's team since 2019", "how you have coached your daughter's team since 2019"],
    ['has worked on the unit for nineteen years', 'how you have worked on the unit for nineteen years'],
    ['grew up near the coast in Valencia!', 'how you grew up near the coast in Valencia'],
    // About the candidate.
    ['I grew up in Valencia too', 'how I grew up in Valencia too'],
    ["I'm a night-shift nurse as well.", "how I'm a night-shift nurse as well"],
    // Anything else may be a noun phrase: after a colon it reads right either way.
    ['our shared love of sourdough', 'something more personal: our shared love of sourdough'],
    ['The Chicago marathon.', 'something more personal: the Chicago marathon'],
    ['her dog Biscuit', 'something more personal: your dog Biscuit'],
    ['our kids go to the same school', 'something more personal: our kids go to the same school'],
    ['Two sentences. The second stays whole.', 'something more personal: Two sentences. The second stays whole'],
  ])('detail %j -> %j', (typed, about) => {
    expect(detailAbout(typed, false)).toBe(about);
  });

  it('the formal tone says "a more personal matter"; a clause reads the same in every tone', () => {
    expect(detailAbout('our shared love of sourdough', true)).toBe('a more personal matter: our shared love of sourdough');
    expect(detailAbout('we both spent a year in Oslo', true)).toBe('how we both spent a year in Oslo');
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

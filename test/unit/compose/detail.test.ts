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
    // Every verb of the reader's, not only the first, and the reader's pronouns in every place.
    ['he grew up in Durban and still follows the Sharks', 'how you grew up in Durban and still follow the Sharks'],
    ['She plays the cello and teaches it on Saturdays', 'how you play the cello and teach it on Saturdays'],
    ['she trained in Manchester but moves back north next year', 'how you trained in Manchester but move back north next year'],
    ['he runs and swims', 'how you run and swim'],
    ['she is a governor and chairs the finance committee', 'how you are a governor and chair the finance committee'],
    [
      "she's been on the unit since 2010 and still runs the journal club",
      "how you've been on the unit since 2010 and still run the journal club",
    ],
    ["she's a keen cyclist and rides to work", "how you're a keen cyclist and ride to work"],
    ['he\u2019s got two boys', 'how you\u2019ve got two boys'],
    ['he has two boys and coaches their football team', 'how you have two boys and coach their football team'],
    ['has worked nights for years and still loves them', 'how you have worked nights for years and still love them'],
    ['they play in a brass band and teach on Saturdays', 'how you play in a brass band and teach on Saturdays'],
    ["they're training for a marathon with their sister", "how you're training for a marathon with your sister"],
    ['she met her husband in Lagos and he still teaches there', 'how you met your husband in Lagos and he still teaches there'],
    ['he coached her for years and she now leads his old team', 'how you coached her for years and she now leads your old team'],
    ['she coached him for years', 'how you coached him for years'],
    // Only what is surely a verb turns: a plural noun after "and" is no verb of hers.
    ['she keeps bees and chickens', 'how you keep bees and chickens'],
    ['he loves Durban and the Sharks', 'how you love Durban and the Sharks'],
    ['she paints landscapes and portraits of her dogs', 'how you paint landscapes and portraits of your dogs'],
    // About the candidate.
    // The sentence that joins the detail says "also" itself: the detail's own goes.
    ['I grew up in Valencia too', 'how I grew up in Valencia'],
    ['she also learned to code at a bootcamp', 'how you learned to code at a bootcamp'],
    ['She too trained in Leeds.', 'how you trained in Leeds'],
    ['we both ran Boston as well', 'how we both ran Boston'],
    ['he works too much, like me', 'how you work too much, like me'],
    ["I'm a night-shift nurse as well.", "how I'm a night-shift nurse"],
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

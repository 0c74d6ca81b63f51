// Messages read as sentences: a company that ends in a full stop takes no second one, and a
// message names its suggestion once (glitches found in the development corpora's findings).
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../../src/checklist/messages.js';

describe('checklist messages read as sentences', () => {
  it('ends a sentence on a company whose name ends in a full stop with one stop', () => {
    expect(MESSAGES.otherCompany('Osteria Lucciola', 'Tall Pine Brewing Co.')).toBe(
      '"Osteria Lucciola" is the company from another interview, but this note is about Tall Pine Brewing Co. A note that names the wrong company tells the reader it was copied; change it to Tall Pine Brewing Co.',
    );
    expect(MESSAGES.otherCompanyShort('Lucciola', 'Osteria Lucciola', 'Acme Robotics')).toBe(
      '"Lucciola" reads as Osteria Lucciola, the company from another interview, but this note is about Acme Robotics. If it was copied from that note, change it to Acme Robotics.',
    );
  });

  it('names the right title, the hyphenated name and the accented name once', () => {
    expect(MESSAGES.wrongTitle('Mr.', 'Prof.', 'Prof. Annelie Voss')).toBe(
      'The greeting calls Prof. Annelie Voss "Mr.". A title someone does not hold, or a plain one in place of theirs, is the slip they notice first; the interview has them as "Prof.", so use that.',
    );
    expect(MESSAGES.nameHalf('Vogel', 'Vogel-Hahn')).toBe(
      '"Vogel" is one half of the hyphenated name "Vogel-Hahn". People with one are greeted by all of it, so write it whole.',
    );
    expect(MESSAGES.nameAccent('Jose', 'José')).toBe(
      '"Jose" is written without the accents of "José" (or with accents it does not have). People notice their name spelled their way; write it with its accents if you can.',
    );
  });

  it('does not quote the placeholder it found again as an example', () => {
    expect(MESSAGES.placeholder('[Company]')).toBe(
      '"[Company]" is a stand-in that was never filled in. A note that still has a stand-in in it shows the reader a template, not a letter to them. Replace it with the real words before you send.',
    );
  });
});

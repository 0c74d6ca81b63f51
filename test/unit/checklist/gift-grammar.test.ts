// Issue #13: gimmick catches a gift by who gives what to whom (the writer makes, buys, sends or
// lays something on for the reader's side), not by the thing given; and a work story that names
// flowers, lunch or wine, or an offer of one's own papers, is not a gift. Sentences from the
// drafts test/fixtures/corpus/tone-dev2-*.txt and near misses of them.
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/checklist/draft.js';
import { gimmick } from '../../../src/checklist/rules/gimmick.js';

const found = (text: string) => gimmick(parseDraft(text), {}).map((hit) => text.slice(hit.start, hit.end));

describe('gimmick: a thing given to the reader, whatever it is', () => {
  it.each([
    // Made and left for them (a kitchen, a shop)
    [
      "I've wrapped up a fresh loaf and a jar of my sourdough starter for you and the line.",
      "I've wrapped up a fresh loaf and a jar of my sourdough starter for you",
    ],
    [
      "I'm picking up a tray of brisket and dropping it at the shop before noon.",
      "I'm picking up a tray of brisket and dropping it at the shop",
    ],
    // Arranged, printed or ordered for them (retail, law, pharmacy)
    [
      'I arranged for a little potted succulent to arrive for each of the four of you on Friday.',
      'I arranged for a little potted succulent to arrive',
    ],
    [
      'I had a framed print of the old county courthouse made for your conference room.',
      'I had a framed print of the old county courthouse made for your conference room',
    ],
    [
      'I ordered mugs printed with the pharmacy logo for everyone behind the counter.',
      'I ordered mugs printed with the pharmacy logo for everyone',
    ],
    // On its way on its own (a hamper, a print)
    ['A hamper for the ward cats is being couriered to the hospital this afternoon.', 'is being couriered to the hospital'],
    ['The print is on its way to your office.', 'is on its way to your office'],
    // Performed or laid on for them (a quartet, a song, a dinner)
    [
      'I have booked a string quartet to play a short set in your waiting room.',
      'quartet to play a short set in your waiting room',
    ],
    [
      'I wrote and recorded a short song about the school on my guitar, and I have put the link below for you.',
      'wrote and recorded a short song about the school on my guitar, and I have put the link below for you',
    ],
    ['I would love to take you and the team out for dinner next week.', 'take you and the team out for dinner'],
    // A thing named outright, handed over
    ['I have also posted you a handwritten card and a small box of chocolates.', 'box of chocolates'],
  ])('flags %j', (text, phrase) => expect(found(text)).toEqual([phrase]));
});

describe('gimmick: near misses that stay quiet', () => {
  it.each([
    // Work stories: a baker, a florist, a caterer, a bartender, a pharmacist
    'Before I moved to the line I baked bread at a bakery in Turin for five years.',
    'Every February we sold flowers and delivered bouquets across the city, which is the kind of peak your holiday plan has to survive.',
    'At my catering company we cooked and delivered lunch for three hundred people most weekdays, so your targets felt familiar.',
    'I ran the bar for three years, where we built the list around a bottle of wine for each course of the tasting menu.',
    'During the pandemic I delivered medications to housebound patients.',
    // The application's own papers and samples
    'I can send copies of my certifications, including my EPA 608 card, if that helps.',
    'I would be glad to send copies of my licence and type certificates.',
    'I can send you that protocol and the images from our last screen.',
    'I sent my portfolio to your office on Monday.',
    'I mailed a handwritten thank-you card to your office.',
    // Bringing one's own things to a trial, being asked
    'As you asked, I will bring my knife roll and a plated version of the squash course to the trial shift.',
    // Other people doing the sending are third-party's, not gimmick's
    'I have arranged for two of my previous clients to write to you directly.',
    'My mentor will reach out to you tomorrow.',
    // Mentions of the reader that are not a recipient
    'I love the flowers in your lobby.',
  ])('leaves %j alone', (text) => expect(found(text)).toEqual([]));
});

// gimmick's broad tier by class (gift-class.ts): a gift or a stunt whose sentence names no act of
// handing over and no recipient after it. Sentences written for this test, none from a corpus:
// a piece made about the reader or the hiring, named before or after its making; advertising
// bought; the reader asked to accept or enjoy a treat, or told where to find it; a donation with
// the reader's name said first; tickets got for the reader. The near misses are what a careful
// writer says: a piece the reader asked for, the reader's own event, the papers, an apology, the
// note itself, and work done for clients elsewhere.
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/checklist/draft.js';
import { gimmick } from '../../../src/checklist/rules/gimmick.js';

const found = (text: string) =>
  gimmick(parseDraft(text), {}).map((hit) => [text.slice(hit.start, hit.end), hit.severity ?? 'error']);

describe('gimmick by class: made, bought or left for the reader, however it is said', () => {
  it.each([
    ['I wrote a song about the interview.', 'I wrote a song about the interview'],
    ['Attached is a short video I made thanking you all.', 'video I made thanking you'],
    ['I commissioned a portrait of the panel.', 'I commissioned a portrait of the panel'],
    ['I recorded a video of me singing your company jingle.', 'I recorded a video of me singing your'],
    ["I've created a custom website to show you why you should hire me.", "I've created a custom website to show you"],
    ['I took out an ad in the local paper thanking your team.', 'I took out an ad in the local paper thanking your'],
    ['Please accept this small gift.', 'accept this small gift'],
    ['I hope the team enjoys the cupcakes.', 'hope the team enjoys the cupcakes'],
    ['I hope you enjoy the wine.', 'hope you enjoy the wine'],
    ["You'll find a box of macarons at reception.", "You'll find a box of macarons at reception"],
    ['In your name, I gave fifty dollars to the animal shelter.', 'In your name, I gave'],
    ['I got the whole team concert tickets.', 'got the whole team concert tickets'],
    ["Next time I'm in I'll bring the team breakfast tacos.", 'bring the team breakfast'],
    ['There is a cheesecake in your fridge with your name on it.', 'with your name on it'],
    ['I printed our interview as a poster and framed it for you.', 'framed it for you'],
    ["I'd be glad to give your whole team free haircuts.", 'give your whole team free'],
    ["I've put together a gift bag for each member of the panel.", 'put together a gift bag'],
    ["Here's a $25 Starbucks code: 8FJ2-KQ.", 'Starbucks code'],
    ['I recorded a podcast episode about your company.', 'I recorded a podcast episode about your'],
  ])('finds %j', (text, phrase) => expect(found(text)).toEqual([[phrase, 'warning']]));

  it('reads a curly apostrophe as a straight one', () => {
    expect(found('You\u2019ll find a tin of shortbread on your desk.')).toEqual([
      ['You\u2019ll find a tin of shortbread on your desk', 'warning'],
    ]);
  });
});

describe('gimmick by class: what the reader asked for, their own plans and the papers stay quiet', () => {
  it.each([
    'As you asked, I recorded a short video introducing myself.',
    'I hope you enjoy the wine tasting on Friday.',
    'I hope you enjoy the rest of the conference.',
    "You'll find a copy of my CV at reception.",
    'At my last agency I made a video for a client every week.',
    'Please accept my apologies for the late reply.',
    'Please accept this note as my thanks for your time.',
    'I built the dashboard you asked to see; the link is below.',
    'The video you showed of the new warehouse was impressive.',
    'At my last job I brought the team coffee every morning.',
    'You offered to bring the team lunch on my first day, which was kind.',
    'I liked that you give the staff free lunches on Fridays.',
    'I hope you enjoy the cake at the launch party on Friday.',
    'The visitor badge with your name on it was a nice touch.',
    'Thank you for the goodie bag you gave me at the open day.',
  ])('stays quiet on %j', (text) => expect(found(text)).toEqual([]));
});

// Issue #13, item 1: gifts, favours and visits in shapes the set phrases do not hold: turning up
// in person on the writer's own plan, free work offered to win the job, something left or posted
// for the reader, money to their cause, a spare ticket, a gift sent by a relative (gift-visits.ts).
// None of these sentences comes from a corpus draft; each near miss is invited, the application's
// own papers, or a story of the writer's work elsewhere.
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/checklist/draft.js';
import { gimmick } from '../../../src/checklist/rules/gimmick.js';

const found = (text: string) => gimmick(parseDraft(text), {});

describe('gimmick: favours and uninvited visits', () => {
  it.each([
    "I'll stop by HR on Monday to drop off my references in person.",
    "I've left a small thank-you at the front desk for you and the team.",
    "A couple of dozen donuts should be arriving at the nurses' station tomorrow morning.",
    "I'd love to buy you a coffee next time I'm downtown as a thank-you.",
    'Enclosed is a $25 voucher for the café across the street, as a small thanks.',
    "I'm happy to do your team's taxes for free this year if that helps.",
    "As a thank-you, I've set aside two tickets to Saturday's game for you.",
    "I'll be in the area on Thursday, so I'll pop in to say hello and bring my portfolio.",
    "I'd be glad to cater your next staff meeting at no charge.",
    "My uncle runs a winery, and he's happy to send a case over to the office.",
    "Let me know your address and I'll mail you a signed copy of my book.",
    "I'm planning to come by the salon this weekend to thank everyone personally.",
    'I put a little something in the post for you yesterday.',
    'If it helps my chances, I can offer the store a free week of work.',
    'I plan to visit the clinic on Friday to hand you my application in person.',
    "I'll swing past the depot after my shift to say thanks in person.",
    "I'll be passing the hotel on Tuesday, so I'll leave a printed copy of my portfolio with the concierge for you.",
    "I've arranged for a fruit platter to be sent up to the fourth floor this afternoon.",
    "As a small thank-you, I'd like to offer your staff a free styling session at my salon.",
    "I'm happy to wire over a small donation to the school fund if that helps.",
    "I thought I'd drop in on Friday morning with coffee for the team.",
    "My sister's bakery will be sending over a cake for the office on Monday.",
    "I'll come round to the shop after close to say thank you properly.",
    'I can give your clients a 30% discount at my studio if I get the job.',
    'I have a spare pass to the trade show and would love for you to have it.',
  ])('flags %j', (text) => expect(found(text).length).toBe(1));

  it.each([
    "I've attached my references and a copy of my certificate.",
    "I'd be glad to send over the lesson plan I mentioned.",
    'At my last bakery I delivered cakes to clients every Friday.',
    "I'll bring my knives and whites to the trial shift on Monday, as you asked.",
    "I'm happy to come in for a second interview whenever suits you.",
    'I volunteered at a food bank where we packed boxes for families.',
    "I'll send the portfolio link by the end of the day.",
    'I could start the trial shift on Thursday if that works for the kitchen.',
    "I'm glad to drop by for the paperwork whenever HR is ready, as Dana suggested.",
    'Thank you for the coffee and the tour of the warehouse.',
    "I'll send my availability for the second interview by tomorrow.",
    "I'm glad to come in again for the practical assessment whenever suits the team.",
    'At the salon I ran free styling sessions for local charities twice a year.',
    'I baked bread every morning at my last job, which is why the early shifts suit me.',
    "I'm attaching the portfolio link and a copy of my certification.",
    "I'm happy to visit the site for the induction on the date Dana proposed.",
  ])('leaves %j alone', (text) => expect(found(text)).toEqual([]));

  // Turning up in person is an error by the README's rule table, as sure as the set phrases.
  it('says a visit is one nobody asked for, and what to do instead', () => {
    const [hit] = found("I'll stop by HR on Monday to drop off my references in person.");
    expect(hit?.severity).toBe('error');
    expect(hit?.message).toBe(
      '"I\'ll stop by HR on Monday to drop off" plans a visit nobody asked for. Turning up in person reads as a stunt and takes the reader\'s time on your terms; send what you would bring by e-mail, and come in when they invite you.',
    );
  });
});

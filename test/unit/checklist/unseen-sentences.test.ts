// Issue #13, item 1, checked the way the issue asks: forty sentences per rule written for this
// test in trades and words the dev corpora do not use, before their misses were read. Each bad
// one says the mistake by its grammar (a stance towards the reader's side, a thing sent to
// them); each good one is a near miss said kindly or about the writer's own work.
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/checklist/draft.js';
import { gimmick } from '../../../src/checklist/rules/gimmick.js';
import { thirdParty } from '../../../src/checklist/rules/third-party.js';
import { toneImpatient, toneScathing } from '../../../src/checklist/rules/tone.js';
import type { RuleCheck } from '../../../src/checklist/types.js';
import { LINEAR_MS } from '../../helpers/linear.js';

const count = (rule: RuleCheck, text: string) => rule(parseDraft(text), {}).length;

describe('tone-scathing on sentences of its own', () => {
  it.each([
    'Frankly, the way your foreman spoke to the crew told me everything I need to know about the site.',
    'I doubt anyone on that panel has stood behind a bar in the last ten years.',
    'Your head pastry chef spent the tasting looking at her phone, which I suppose is how things are done there.',
    'If that was your idea of a technical interview, I pity the engineers you already have.',
    'Forty minutes in a corridor with no chair is a strange way to welcome a candidate.',
    'Nobody in that room had read a single page of my portfolio.',
    'The questions could have been written by a child.',
    'Thanks for wasting a perfectly good Saturday.',
    'I hope the next candidate enjoys being interrupted as much as I did.',
    'The so-called tour was five minutes in a stockroom.',
    'It must be nice to run a clinic where nobody answers the phone.',
    'Evidently punctuality is only expected of the applicants.',
    'Your recruiter could not find the room, the schedule or her manners.',
    'The whole thing felt like an afterthought squeezed between your real meetings.',
    'I have never felt so unwelcome in a building.',
    "The panel's grasp of logistics would embarrass a first-year apprentice.",
    'Perhaps when the depot gets its act together I will apply again.',
    'You made it very clear that my time means nothing to you.',
    'Whoever designed that assessment has never loaded a truck.',
    'The interview was a masterclass in how not to treat people.',
    'I left wondering whether anyone there actually wanted to fill the role.',
  ])('flags %j', (text) => expect(count(toneScathing, text)).toBe(1));

  it.each([
    'I doubt I could have asked for a clearer picture of the role.',
    'I wonder whether you have ten minutes next week to talk about the rota.',
    'I doubt the snow will stop me getting to the depot on Monday.',
    'At my last bakery I learned a lot about how not to run a night shift.',
    'A first-year apprentice on my crew asked the same question about the hoist, and I loved it.',
    'I felt so welcome from the moment I walked into the salon.',
    'I never felt unwelcome, even when the kitchen was slammed.',
    'Your retention figures told me a lot about how the practice treats its nurses, and I want to be part of that.',
    'Thank you for the tour, and for waiting while I found my pass.',
    "I checked my watch twice because I had a train to catch, and I hope that didn't seem rude.",
    'The foreman spoke to the crew with real respect, which stayed with me.',
    "I couldn't have asked for a kinder welcome from the front desk.",
    'I was glad the panel asked about the night I covered two wards.',
    'Nobody could fault the way the dispatch team handled the storm calls you described.',
    'I imagine that is how things work on a busy ward, and I would enjoy that pace.',
    'Even a beginner could follow your onboarding guide, which is the best compliment I know.',
    'I know the day ran long, and I am grateful you stayed.',
    'The receptionist checked her screen and found my booking straight away.',
    "I'd never seen a kitchen run so calmly during service.",
    'Please pass on my thanks to Mr Hale for the tour of the yard.',
  ])('leaves %j alone', (text) => expect(count(toneScathing, text)).toBe(0));
});

describe('gimmick on sentences of its own', () => {
  it.each([
    "I've asked the florist on Elm Street to send a small arrangement to your front desk this afternoon.",
    "A case of our family's olive oil should be with your team by Friday.",
    'I left a thank-you hamper with your receptionist on my way out.',
    "To say thanks, I've booked the whole kitchen brigade a table at Marcello's on me.",
    "There's a signed first edition of the book we talked about waiting for you at the concierge.",
    "I've put a little bag of home-roasted coffee beans in the post for you.",
    "Enclosed you'll find a voucher for a spa day, with my thanks.",
    "I've set up a donation to the food bank in your name.",
    'My mother knitted a scarf for you after I told her how cold your workshop was.',
    "Expect a knock at the door around noon: lunch for the whole crew is coming from Tony's.",
    "I've attached a short film I made about why I want to join your salon.",
    'A dozen roses are on their way to the office.',
    'I ordered a cake with your logo on it for the team meeting on Monday.',
    "I'd love to cover the drinks at your next staff social.",
    'I dropped a bottle of single malt at reception for Mr. Osei.',
    "Please accept the enclosed tickets to Saturday's match as a small thank-you.",
    'I had a caricature of the interview panel drawn and framed for your break room.',
    "I've arranged for a masseuse to visit your clinic next week, my treat.",
    'Keep an eye on your inbox for a gift code from me.',
    "I sent the team a tray of samosas from my aunt's shop.",
  ])('flags %j', (text) => expect(count(gimmick, text)).toBe(1));

  it.each([
    'I attached my portfolio and the two references you asked for.',
    'At my last bakery I baked four hundred loaves a night for the market.',
    "I'll send the signed forms to your office by Friday.",
    'I delivered flowers to weddings across the county for six years.',
    'I brought my own knives to the trial shift, as your chef suggested.',
    'Thank you for the coffee and the tour of the roastery.',
    "I'd be glad to bring samples of my glazes to the second interview if that would help.",
    'As a caterer I prepared lunch for three hundred guests every weekend.',
    "I donated to the clinic's fundraiser last year, which is how I first heard of the team.",
    'I left my number with your receptionist in case the call dropped.',
    "I've sent my availability for next week to Dana.",
    'I mailed the original certificates to your office, as HR asked.',
    'I made a quick video walkthrough of my code for the take-home, as the brief asked.',
    'The cake you served at the tasting was wonderful.',
    'I ordered the book you recommended and started it on the train home.',
    'I can bring my tools on Monday for the practical test.',
    'We shipped gift baskets to two thousand clients each December at my old firm.',
    "I'm happy to drop off the signed contract at reception tomorrow.",
    'I recorded a voicemail for Mr. Osei but will follow up by e-mail too.',
    'I picked up a copy of your annual report at the front desk.',
  ])('leaves %j alone', (text) => expect(count(gimmick, text)).toBe(0));
});

describe('tone-scathing on a second set: the bitterness of a writer who thinks they are out', () => {
  it.each([
    "I guess I wasn't what you were looking for, which is your loss.",
    'Good luck finding someone who will put up with that rota.',
    "I'll take my twenty years somewhere they're actually appreciated.",
    "I won't be holding my breath for the feedback.",
    'Maybe next time read the CV before the interview.',
    "Don't worry, I won't be applying again.",
    'I hope your new hire knows what a torque wrench is.',
    'Enjoy training the next one.',
    "I won't waste any more of your time, since you clearly didn't mind wasting mine.",
    'Funny how the perfect fit turned into three weeks of silence.',
    'Frankly, I expected better from a firm with your reputation.',
    'It is hard to take feedback seriously from someone who arrived twenty minutes late.',
    'Some of us have actual jobs to get back to.',
    "I'd say it was a pleasure, but I try not to lie in writing.",
    'You will regret passing on me.',
    'Your receptionist could use a lesson in basic manners.',
    'The only thing organised about the day was the parking.',
  ])('flags %j', (text) => expect(count(toneScathing, text)).toBe(1));

  it('reads a wish as a wish: "as much as I" of the reader is no measure', () => {
    expect(count(toneScathing, 'I left a jar of honey for the office. I hope you like it as much as I liked the tour.')).toBe(0);
  });
});

describe('gimmick on a second set: a thing held, sent for, or on its way', () => {
  it.each([
    "There's a crate of clementines on its way to your yard.",
    "I'm having a tray of lemon bars delivered to the clinic for you and the nurses.",
    "I'd be glad to look over the engine on your own boat free of charge.",
    "I've left two tickets for Friday's gig under your name at the box office.",
    'I left a loaf of rye from my own starter at reception for you.',
    'I made a gift to the animal shelter in the name of your team.',
  ])('flags %j', (text) => expect(count(gimmick, text)).toBe(1));

  it.each([
    'The signed forms are on their way to your office by courier.',
    "I'm having my transcripts sent to the school for you.",
    "I'd be happy to work the trial shift for free.",
    "I've saved a copy of the plans under your name in the shared folder.",
    'I left a note from my supervisor at reception for you.',
    'Our driver is on his way to the depot.',
    'I had the brakes checked before the drive to your site.',
    'At my last garage we did free safety checks for your kind of fleet every spring.',
  ])('leaves %j alone', (text) => expect(count(gimmick, text)).toBe(0));
});

describe('tone-impatient on sentences of its own: pressure without "by", and their date restated', () => {
  it.each([
    'Could you please tell me right away?',
    "You're leaving me in an awkward position with my landlord.",
    "I can't keep covering for my manager much longer.",
    'You said you would decide by the 12th, yet here we are.',
    "I'd really like a yes or no tomorrow.",
  ])('flags %j', (text) => expect(count(toneImpatient, text)).toBe(1));

  it.each([
    "Ms Ortiz said the panel would choose by the 12th, so I'm writing to say I'm still keen.",
    "I understand a decision is due within ten days, and I'm happy to wait.",
    'Dana told me on Monday that the role had gone to an internal candidate.',
    "I can't wait to start on the new line.",
    "I'll have the answer to your question about the hoist tomorrow.",
    "I'll send you my answer tomorrow.",
    'I can give you a decision today on the start date.',
    'We agreed I would send my decision now that the offer is in.',
  ])('leaves %j alone', (text) => expect(count(toneImpatient, text)).toBe(0));
});

describe('third-party: prompting the reader is contact too', () => {
  it('flags a helper who will nudge the panel', () => {
    expect(count(thirdParty, 'My old coach said he would nudge the panel for me.')).toBe(1);
  });

  it.each([
    'Please remind me of the dress code for the trial shift.',
    'My mentor reminded me to write within a day.',
    'The nurse reminded you about the drug round, as you said.',
  ])('leaves %j alone', (text) => expect(count(thirdParty, text)).toBe(0));
});

describe('the stance and arrival shapes on long input', () => {
  it('stay linear on one sentence of 1 MB full of near matches', () => {
    const text = `${"I doubt the panel kept checking there's a voucher waiting for you, a case of oil is coming for the team and I felt so, on its way for free under your name I'm having a, you said I can't keep putting me in an answer now ".repeat(6_000)}.`;
    expect(text.length).toBeGreaterThan(1_000_000);
    for (const rule of [toneScathing, toneImpatient, gimmick]) {
      const started = performance.now();
      rule(parseDraft(text), {});
      // A backtracking pattern or a look back over the whole sentence takes minutes here; wide
      // enough for a machine shared by two suites.
      expect(performance.now() - started).toBeLessThan(LINEAR_MS);
    }
  }, 60_000);
});

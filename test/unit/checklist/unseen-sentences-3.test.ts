// Issue #13, item 1, a third time: sentences written for this test in words and trades the
// corpora do not use, before the fourth development corpus was read. Each bad one says the
// mistake by who does what to whom; each good one is a near miss said kindly, about the writer,
// or as a polite question about the reader's own timeline.
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/checklist/draft.js';
import { gimmick } from '../../../src/checklist/rules/gimmick.js';
import { thirdParty } from '../../../src/checklist/rules/third-party.js';
import { toneImpatient, toneScathing } from '../../../src/checklist/rules/tone.js';
import type { CheckContext, RuleCheck } from '../../../src/checklist/types.js';
import { ACME } from './sample.js';
import { LINEAR_MS } from '../../helpers/linear.js';

const count = (rule: RuleCheck, text: string) => rule(parseDraft(text), {}).length;

describe('tone-scathing, a third set', () => {
  it.each([
    'Honestly, a ninety-second phone screen is no way to judge twelve years at sea.',
    'Your hiring manager read my CV for the first time while I sat there, and it showed.',
    'I have rarely met a panel so determined to hear nothing.',
    'The practical turned out to be me restocking your shelves for free.',
    'Whatever the county pays its interviewers, it is too much.',
    'Your questions were the sort a search engine could have answered for you.',
    'It is a mystery to me how a clinic that loses its own intake forms stays open.',
    'Next time, a chair and a glass of water for the candidate would go a long way.',
  ])('flags %j', (text) => expect(count(toneScathing, text)).toBe(1));

  it.each([
    'The interview was demanding, and I left with a clear sense of what the role needs.',
    'I was nervous, and my answer on the fire drill came out muddled.',
    'Your patience with my questions about the rota was very kind.',
    'The old stock system at my last job was a mess, which is why your scanners impressed me.',
    'I know the afternoon was hectic with the delivery, and I appreciated you making time.',
    'Nobody rushed me, even though the shop was busy.',
  ])('leaves %j alone', (text) => expect(count(toneScathing, text)).toBe(0));
});

describe('tone-scathing, a fourth set: treatment held against the reader, irony, pay', () => {
  it.each([
    'Thanks for the lovely forty-five minutes in your lobby.',
    "I'm sure you're all very busy people.",
    "I guess twenty years on the tools doesn't count for much these days.",
    'Apparently loyalty is a dirty word at your firm.',
    "It's always refreshing to be interviewed by someone who hasn't read the job description.",
    'Your interviewer spent more time talking about himself than about the role.',
    'I was promised a tour and got a broom cupboard.',
    'Nobody at the front desk seemed to know I was coming, which was a nice touch.',
    'I have had warmer welcomes from parking wardens.',
    'Your salary range is frankly insulting for the hours you expect.',
    'The role you described is three jobs for the price of one.',
    "You want a senior chef's skills on a porter's wage.",
    'The panel kept looking at the clock as if I were keeping them from lunch.',
    'I have never been asked so many irrelevant questions in one hour.',
    'Your head of department treated the interview like a chore.',
    "It is clear that your company doesn't value experience.",
    'Your "flexible hours" sound like unpaid overtime to me.',
    'I hope the next person enjoys being quizzed on trivia for an hour.',
    "It's a shame your hiring process doesn't match the glossy website.",
    'The manager barely looked up from his laptop the whole time.',
    'Whoever wrote the job advert has clearly never worked a night shift.',
    'No wonder your staff turnover is so high.',
    'I can see why the position has been open for six months.',
    "Please don't pretend my application was carefully considered.",
    'Your receptionist made it obvious I was an inconvenience.',
  ])('flags %j', (text) => expect(count(toneScathing, text)).toBe(1));

  it.each([
    'Thanks for the lovely tour of the bakery.',
    "I'm sure you're busy with the audit, so I'll keep this short.",
    "I know twenty minutes was all you could spare, and I'm grateful.",
    'The panel asked tough questions, and I enjoyed thinking them through.',
    'I can see why the team is so proud of the new ward.',
    'No wonder the customers keep coming back: the coffee is excellent.',
    'Your manager spent a lot of time explaining the rota, which helped.',
    "It's a pity you couldn't join us for lunch, and I hope the audit went well.",
    "It's a shame the weather didn't cooperate for the site tour.",
    "In case the panel hadn't seen my portfolio, I've attached it again.",
    "I realise the chef hadn't read my application before the trial, so here it is.",
    'I was promised a call on Friday and got one right on time.',
    'The chef kept glancing at the clock because service started at five.',
    'No wonder the position attracted so many applicants: it is a wonderful team.',
    "My old company didn't value training, which is why your programme excited me.",
    'I have had better interviews, and I know my answer on budgets could be sharper.',
    'Thank you for the twenty minutes on the phone this morning.',
    'Thank you for the ten minutes in your office before the tour.',
    "Please don't pretend to be too busy for coffee next time you're in Leeds!",
    'The manager barely had time to sit down, yet she gave me an hour.',
    'The trial shift was basically a normal Friday service, which I loved.',
    "You said the ward has struggled to hire nurses, and I'd like to help change that.",
    'I can see why people stay at your firm for decades.',
    'That explains why the team was so calm during the rush.',
    "Next time I'm in town, a coffee would be lovely.",
    "I'm sure you're very busy this week, so please reply whenever suits.",
    'Nobody on my old crew knew how to use a laser level.',
    'The role sounds like a real step up for me.',
    "Your salary range is fair for the hours, and I'm happy with it.",
    "I know you have three roles to fill, and I'd be glad to help with any of them.",
    "You didn't get a chance to see my portfolio, so I've attached it.",
    "It's clear that your company values its apprentices.",
  ])('leaves %j alone', (text) => expect(count(toneScathing, text)).toBe(0));
});

describe('tone-impatient, a third set: pressure, and polite questions about the timeline', () => {
  it.each([
    'I will need your answer before I sign the lease on Monday.',
    'If I hear nothing by Thursday, I will take my application elsewhere.',
    'Three weeks is a long time to leave a person wondering.',
    'Surely a yes or no is not too much to manage by now.',
    'Please make your decision this week, as I cannot keep turning other work away.',
    'I am owed a reply at this point.',
  ])('flags %j', (text) => expect(count(toneImpatient, text)).toBe(1));

  it.each([
    'Could you tell me roughly when you expect to make a decision?',
    'Is there a date by which you hope to have made your choice?',
    'Would it be all right if I checked back with you at the end of next week?',
    'I would be grateful to know the next steps whenever you have a moment.',
    'I am happy to send my references by Friday if that would help.',
    'May I ask whether the start date is still the first of March?',
    'You mentioned hoping to decide within two weeks, which works well for me.',
  ])('leaves %j alone', (text) => expect(count(toneImpatient, text)).toBe(0));
});

describe('gimmick, a third set: anything made, bought, sent or offered as a present', () => {
  it.each([
    "A tin of my grandmother's shortbread is in the post for the whole front desk.",
    "I've arranged for a barista cart to visit your office on Friday morning, on me.",
    'I framed a print of the harbour photo we talked about and will bring it to the depot for you.',
    "I'd love to treat the night crew to a curry once the audit is over.",
    'A spa voucher is tucked inside this card for you.',
    "I have booked a table for you and Malik at Lucca's as a thank-you.",
  ])('flags %j', (text) => expect(count(gimmick, text)).toBe(1));

  it.each([
    "I'll bring copies of my certificates to the second interview.",
    "At the bakery I run, we deliver birthday cakes to the children's ward every month.",
    "I'd be glad to send the sample lesson plan I described.",
    'I framed the certificate from my apprenticeship, and it hangs in my workshop.',
    'I booked my train for the second interview on Tuesday.',
    'I have attached the drawings of the footbridge you asked to see.',
  ])('leaves %j alone', (text) => expect(count(gimmick, text)).toBe(0));
});

describe('third-party, a third set: anyone asked to speak, visit or call for the writer', () => {
  it.each([
    "My godmother sits on your board, and she promised to mention my name at Tuesday's meeting.",
    'A neighbour of mine who works in your pharmacy said she would pop into your office to ask how I did.',
    "I've asked the pastor at my church to write to the principal about my character.",
    'My old shift lead plans to ring the ward tomorrow to vouch for me.',
    'Expect a quick note from my former landlord, who has known me for ten years.',
  ])('flags %j', (text) => expect(count(thirdParty, text)).toBe(1));

  it.each([
    'My former supervisor is happy to act as a reference if you need one.',
    'My sister, who is a nurse, told me your hospital is a wonderful place to train.',
    'My mentor taught me to always call ahead before a site visit.',
    "My references' phone numbers are on the last page of my CV.",
    'My landlord called me this morning about the lease, so I missed your call.',
  ])('leaves %j alone', (text) => expect(count(thirdParty, text)).toBe(0));
});

// Written after the fourth dev corpus was read, in other trades and words than its drafts: each
// class added for one of its misses must catch the same mistake said another way.
describe('the classes added for the fourth dev corpus, in other words', () => {
  it.each([
    'The stockroom is what you get when a warehouse runs for years without anyone checking.',
    "Half your kitchen team couldn't tell a roux from a bowl of wallpaper paste.",
    'A five-minute typing test tells you next to nothing about a legal secretary.',
    'It felt like some kind of hoop, put there to thin the queue.',
    'Most of the scenarios came straight out of a first-aid manual I finished at school.',
    "I'll still be here, assuming the partners ever get round to choosing someone.",
    'You told me you had never run a night shift yourself, so I will keep my answer simple.',
    'I guess that tells you what the board really cares about.',
    'Thanks for the riveting half-hour call about parking permits.',
    'I had hoped a charity that talks so much about dignity might return a phone call.',
    'I would have thought a clinic this size could manage a reply sooner than this.',
    'Presumably the decision is about as swift as your invoicing.',
    "I'm sure the broken lift is all part of how you see who really wants the job.",
    'Your food was tastier than I expected from a café squeezed between two petrol stations.',
    'For a practice of your size, the front desk is perfectly adequate.',
    'The new booking screen is certainly a start.',
    'Most garages I know made the switch years ago.',
    'It is more of a corner shop than a real garden centre, and that is fine.',
    'You file the invoices on time, at least.',
  ])('toneScathing flags %j', (text) => expect(count(toneScathing, text)).toBe(1));

  it.each([
    "I'd love to learn the new booking system on the front desk.",
    "The tasting menu was better than I expected, and the lamb was the best I've had.",
    'Your onboarding plan is a great start for new nurses.',
    'We made the switch to electronic charts at my last practice two years ago.',
    "I told you I had never run a night shift myself, and I'm keen to learn.",
    "I couldn't tell the two glazes apart, which shows how precise your kiln is.",
    'Thank you for the riveting tour of the printing press; I could have stayed all day.',
    "Even if the weather turns, I'll be at the depot by seven.",
    "If you ever need cover on a weekend, I'd be glad to help.",
  ])('toneScathing leaves %j alone', (text) => expect(count(toneScathing, text)).toBe(0));

  it.each([
    "I'll need your decision before my notice period starts on Monday.",
    'Please confirm today, as I have to tell my landlord.',
    "I'm going to keep ringing every morning until I hear something.",
    'We just need a straight yes or no.',
    'Kindly reply this week.',
  ])('toneImpatient flags %j', (text) => expect(count(toneImpatient, text)).toBe(1));

  it.each([
    'You were hoping to decide by the 15th, so I wanted to ask whether there is any news.',
    "I gathered the outcome would be announced by Friday, and I'm still very keen.",
    'Have you picked someone yet?',
    "I'll be able to start by the 3rd if that suits you.",
  ])('toneImpatient leaves %j alone', (text) => expect(count(toneImpatient, text)).toBe(0));

  it.each([
    "I'm going to pop in on Thursday with a tray of flapjacks for the workshop.",
    "I picked the team up a crate of local cider, and I'll drop it off tomorrow.",
    "I'll happily give your staff 15% off at my bike shop all winter.",
    "I've recorded a short cover of your jingle as a fun way to say thanks.",
    'A jar of my own marmalade is in the post for the front office.',
    "A sack of clementines is on its way to the drivers' canteen.",
    'Whatever happens, you get a free haircut from me whenever you like.',
  ])('gimmick flags %j', (text) => expect(count(gimmick, text)).toBe(1));

  it.each([
    "I'll pop in on Thursday with copies of my certificates for the office.",
    'I came in with a lot of questions and left with answers.',
    "I'd be happy to give a short talk to the apprentices if that would help.",
    'This note is a small way to say thank you for your time.',
    'My invoice is in the post to your accounts team.',
  ])('gimmick leaves %j alone', (text) => expect(count(gimmick, text)).toBe(0));
});

describe("tone-impatient reads the reader's own decision day and acronyms", () => {
  const on = (date: string): CheckContext => ({ interview: { ...ACME, timeframe: { text: 'by December 11', date } } });
  const text = 'I am very keen on the role and hope to hear from you by the 11th.';

  it('leaves a deadline on the day the reader gave alone, and warns of one the writer set', () => {
    expect(toneImpatient(parseDraft(text), on('2026-12-11'))).toEqual([]);
    expect(toneImpatient(parseDraft(text), on('2026-12-04')).map((hit) => text.slice(hit.start, hit.end))).toEqual([
      'hear from you by the 11th',
    ]);
  });

  it('still warns when their day is demanded or held against them', () => {
    expect(count(toneImpatient, 'You said the 11th, yet I need an answer by the 11th.')).toBe(1);
    expect(toneImpatient(parseDraft('I need an answer by the 11th.'), on('2026-12-11'))).toHaveLength(1);
  });

  it('takes a capitalised word between a determiner and a lower-case word as a name, not shouting', () => {
    expect(count(toneImpatient, 'I met the crew in the TRACON break room and our NICU team.')).toBe(0);
    expect(count(toneImpatient, 'That is the LEAST you could do, and the ANSWER matters.')).toBe(1);
  });
});

describe('the treatment, irony and gift shapes on long input', () => {
  it('stay linear on one sentence of 1 MB full of near matches', () => {
    const text = `${"someone who hasn't read my cv, i'm sure a home that prides itself on the thrilling ten-minute, assuming the board ever, couldn't tell a from, swing by with a box of, free haircut from, is in the post for the, please send it and I will keep calling until, ".repeat(5_000)}.`;
    expect(text.length).toBeGreaterThan(1_000_000);
    for (const rule of [toneScathing, toneImpatient, gimmick]) {
      const started = performance.now();
      rule(parseDraft(text), {});
      // A backtracking pattern takes minutes here; wide enough for a machine shared by two suites.
      expect(performance.now() - started).toBeLessThan(LINEAR_MS);
    }
  }, 60_000);
});

// Issue #13, item 1, a third time: sentences written for this test in words and trades the
// corpora do not use, before the fourth development corpus was read. Each bad one says the
// mistake by who does what to whom; each good one is a near miss said kindly, about the writer,
// or as a polite question about the reader's own timeline.
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/checklist/draft.js';
import { gimmick } from '../../../src/checklist/rules/gimmick.js';
import { thirdParty } from '../../../src/checklist/rules/third-party.js';
import { toneImpatient, toneScathing } from '../../../src/checklist/rules/tone.js';
import type { RuleCheck } from '../../../src/checklist/types.js';

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

import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/checklist/draft.js';
import { gimmick } from '../../../src/checklist/rules/gimmick.js';
import { thirdParty } from '../../../src/checklist/rules/third-party.js';
import { toneImpatient, toneScathing } from '../../../src/checklist/rules/tone.js';
import type { CheckContext, Hit, RuleCheck } from '../../../src/checklist/types.js';
import { ACME, GOOD_THANK_YOU } from './sample.js';

const found = (rule: RuleCheck, text: string, context: CheckContext = {}) =>
  rule(parseDraft(text), context).map((hit: Hit) => text.slice(hit.start, hit.end));

describe('tone-scathing', () => {
  it.each([
    ['Honestly, it is your loss.', 'your loss'],
    ["I guess I wasn't good enough for you.", "I guess I wasn't good enough"],
    ["I'm sure whoever you hired is wonderful.", "I'm sure whoever you hired"],
    ['Thanks for wasting my afternoon.', 'Thanks for wasting'],
    ['Your hiring process is broken.', 'Your hiring process is broken'],
    ['That was unprofessional.', 'That was unprofessional'],
    ['Good luck finding someone who cares as much.', 'Good luck finding someone'],
  ])('flags %j', (text, phrase) => expect(found(toneScathing, text)).toEqual([phrase]));

  it.each([
    'I am sorry for your loss of a teammate.',
    'Good luck with the rest of the search, and thank you again.',
    "I'd be glad to be considered for other openings.",
    GOOD_THANK_YOU,
  ])('leaves %j alone', (text) => expect(found(toneScathing, text)).toEqual([]));
});

describe('tone-impatient', () => {
  it.each([
    ['Please let me know ASAP.', 'ASAP'],
    ['I need an answer by Friday.', 'I need an answer'],
    ["Why haven't I heard anything?", "Why haven't I"],
    ['Please reply by end of day.', 'reply by end of day'],
    ['Per my last email, I am waiting.', 'Per my last email'],
    ['I turned down another offer for this.', 'I turned down another offer'],
    ['I am VERY interested.', 'VERY'],
    ['I would love to hear back!!!', '!!!'],
    ['PLEASE CALL ME BACK.', 'PLEASE CALL ME BACK'],
  ])('flags %j', (text, phrase) => expect(found(toneImpatient, text)).toEqual([phrase]));

  it.each([
    'We talked about the AWS API and OTA updates over HTTPS.',
    'I was immediately drawn to the mission.',
    'I look forward to hearing from you, and thank you for your patience with my questions.',
    'I would be glad to start as soon as possible if it works out.',
    GOOD_THANK_YOU,
  ])('leaves %j alone', (text) => expect(found(toneImpatient, text)).toEqual([]));

  it('accepts capitalised words that belong to the interview', () => {
    const interview = { ...ACME, company: 'NVIDIA' };
    expect(found(toneImpatient, 'I would love to join NVIDIA.', { interview })).toEqual([]);
  });
});

describe('gimmick', () => {
  it.each([
    ['I sent a small bouquet to the office.', 'bouquet'],
    ['Enjoy the Starbucks gift card!', 'Starbucks gift card'],
    ['I ordered lunch for your team as a thank-you.', 'ordered lunch'],
    ['A box of chocolates is on its way.', 'box of chocolates'],
  ])('flags %j', (text, phrase) => expect(found(gimmick, text)).toEqual([phrase]));

  it.each([
    'We discussed cookie consent banners.',
    'Having lunch with the team was a highlight.',
    'You have a gift for explaining hard ideas.',
    GOOD_THANK_YOU,
  ])('leaves %j alone', (text) => expect(found(gimmick, text)).toEqual([]));
});

describe('third-party', () => {
  it.each([
    [
      'My friend Tom, who works on your team, will swing by to ask how it went.',
      'My friend Tom, who works on your team, will swing',
    ],
    ['I asked my former manager to call you on my behalf.', 'asked my former manager to call'],
    ['A colleague offered to put in a good word for me.', 'A colleague offered to put in'],
    ['Could you put in a good word for me with Priya?', 'put in a good word for me'],
  ])('flags %j', (text, phrase) => expect(found(thirdParty, text)).toEqual([phrase]));

  it.each([
    'My friend referred me to this role.',
    'I would be glad to swing by the office for another conversation.',
    GOOD_THANK_YOU,
  ])('leaves %j alone', (text) => expect(found(thirdParty, text)).toEqual([]));
});

describe('polite lines written apart from the rules raise nothing', () => {
  const rules: RuleCheck[] = [toneScathing, toneImpatient, gimmick, thirdParty];
  it.each([
    'I know how busy the end of the quarter gets, so no rush at all.',
    'I would be glad to send over the slides from my talk on cookie-based sessions.',
    'A colleague of mine recommended your team, which is why I applied.',
    'My manager at Initech taught me to write postmortems that people actually read.',
    'Happy to hop on a call whenever it suits you.',
    'I was sorry to hear about the outage, and impressed by how your team handled it.',
    'If there is an update on the timeline, I would be grateful to hear it.',
    'The NASA case study you mentioned is now on my reading list.',
    'Thank you for the coffee and the tour of the lab.',
    'I took notes during our talk and reread them this morning.',
    'Whoever joins the team will be lucky to learn from you.',
    'I appreciated your honesty about what is hard in the role.',
    'Please let me know if there is anything else I can provide.',
    'It was a gift to hear such a clear explanation of the ranking model.',
  ])('%s', (line) => {
    for (const rule of rules) expect(found(rule, `Hi Priya,\n${line}`)).toEqual([]);
  });
});

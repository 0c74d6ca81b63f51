// Gifts and stunts of any kind, and anyone sent to speak for the candidate, on sentences from
// many trades; each catch has a near miss from the same trade that must stay quiet.
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/checklist/draft.js';
import { gimmick } from '../../../src/checklist/rules/gimmick.js';
import { thirdParty } from '../../../src/checklist/rules/third-party.js';
import type { Hit, RuleCheck } from '../../../src/checklist/types.js';
import { LINEAR_MS } from '../../helpers/linear.js';

const found = (rule: RuleCheck, text: string) => rule(parseDraft(text), {}).map((hit: Hit) => text.slice(hit.start, hit.end));

describe('gimmick: gifts and stunts', () => {
  it.each([
    // Food, flowers and containers of anything
    ['I baked the night shift a tray of brownies to say thanks.', 'baked the night shift a tray of brownies to say thanks'],
    ['I left some homemade muffins at the front desk for you.', 'left some homemade muffins at the front desk'],
    ['I dropped off a basket of local honey at the branch.', 'dropped off a basket of'],
    ['I mailed a small jar of my own chutney to the kitchen.', 'mailed a small jar of'],
    ['A hamper is on its way to the practice.', 'hamper is on its way'],
    ['Keep an eye on the front desk on Friday!', 'Keep an eye on the front desk'],
    ['A little surprise is in the mail for you.', 'little surprise is in the mail'],
    ['I got the whole kitchen team some flowers.', 'got the whole kitchen team some flowers'],
    // A donation in their name
    ['I made a donation to the food bank in your name.', 'donation to the food bank in your name'],
    ["I planted a tree in the team's honour.", "planted a tree in the team's honour"],
    // A video, a song, a website
    ['I recorded a short video for your team about why I want this role.', 'recorded a short video for your team'],
    ['I wrote you a poem about the audit season.', 'wrote you a poem'],
    ['Here is my thank-you song, sung by my choir.', 'thank-you song'],
    ['My class filmed a short video for your staff to say thank you.', 'filmed a short video for your staff'],
    ['I built a website about your school to show what I would bring.', 'built a website about your school'],
    // A shout-out
    ['I gave your hotel a shout-out on LinkedIn this morning.', 'shout-out on LinkedIn'],
    ['I tagged your team in a post about the site visit.', 'tagged your team in a post'],
    // Turning up in person
    ["I'll swing by the store on Saturday to say hello.", "I'll swing by the store"],
    ['I stopped by your office yesterday, but you were out.', 'I stopped by your office'],
    ['I would love to come in person to thank you for your time.', 'in person to thank you'],
  ])('flags %j', (text, phrase) => expect(found(gimmick, text)).toEqual([phrase]));

  it.each([
    'At the bakery I baked two hundred croissants every morning.',
    'I left my last restaurant to learn pastry, and I still make brownies on Sundays.',
    'In the warehouse I shipped a box of parts to every site each day.',
    'I brought a jar of reagent from the cold room during the practical, as asked.',
    'I shared the article about your new wing with my class.',
    'Thank you for connecting with me on LinkedIn.',
    'I thanked you on the phone, and I wanted to write as well.',
    'I build custom websites for small businesses, so the web team interests me.',
    'I watched a video about your company before the interview.',
    'I recorded a video of my lesson, as the panel asked.',
    'I hand-delivered prescriptions to patients at the pharmacy.',
    'I would be glad to come in for a second interview.',
    'I would be glad to swing by the office for another conversation.',
    'I stopped by the farmers market on the way home.',
    'Thank you for the coffee and the tour of the lab.',
    'I donated blood at the drive your clinic ran last year.',
    'I got you a copy of the safety report you asked about.',
    'I will keep an eye on my inbox for the schedule.',
    'The surprise inspection went well, and I learned a lot.',
  ])('leaves %j alone', (text) => expect(found(gimmick, text)).toEqual([]));
});

describe('third-party: anyone asked to speak for the candidate', () => {
  it.each([
    ["I've asked Tom Reyes to call you about my work on the ward.", 'asked Tom Reyes to call you'],
    ['I arranged for Professor Adeyemi to email you this week.', 'arranged for Professor Adeyemi to email you'],
    ["I'll have Dana call you on Friday.", 'have Dana call you'],
    ['Dana, a nurse on your unit, will put in a word for me.', 'Dana, a nurse on your unit, will put in a word for me'],
    ['One of your cashiers offered to vouch for me.', 'One of your cashiers offered to vouch for me'],
    [
      'A current employee in your tax team plans to mention my name to you.',
      'A current employee in your tax team plans to mention my name to you',
    ],
    ['My old foreman will tell you what a hard worker I am.', 'tell you what a hard worker I am'],
    ['You can expect a call from Dr. Lee, who trained me.', 'expect a call from Dr.'],
  ])('flags %j', (text, phrase) => expect(found(thirdParty, text)).toEqual([phrase]));

  it.each([
    'My references are happy to speak with you if that would help.',
    'References are available on request.',
    'Dana, my former charge nurse, is happy to speak with you as a reference.',
    'The recruiter encouraged me to talk to you about the schedule.',
    'I asked the chef to call me back with the trial date, and she did.',
    'I have a lot to talk to you about, and I look forward to it.',
    'I would love to have the chance to call you next week.',
    'One of your nurses showed me the medication room.',
    'Please ask Tom to email me the forms.',
    'You can expect an email from me with the signed forms.',
  ])('leaves %j alone', (text) => expect(found(thirdParty, text)).toEqual([]));
});

describe('gimmick and third-party on long input', () => {
  it('stay linear on a long line that nearly matches everywhere', () => {
    const started = performance.now();
    gimmick(parseDraft(`${"I'll swing by the the the ".repeat(4000)}.`), {});
    thirdParty(parseDraft(`${'Dana, who works with my friend, a '.repeat(3000)}.`), {});
    // A backtracking pattern takes minutes on this; a linear one, milliseconds.
    expect(performance.now() - started).toBeLessThan(LINEAR_MS);
  });

  it('stay linear on one sentence full of matches, twice the size limit long', () => {
    // Each match used to re-read its sentence from the last finding to itself: minutes for these
    // 2 MB before, about a second after.
    const started = performance.now();
    gimmick(parseDraft(`${'As a florist I arranged bouquets of flowers for your guests, and '.repeat(30_000)}.`), {});
    thirdParty(
      parseDraft(`${'my friend who works at your office will call you and put in a word for me, and '.repeat(24_000)}.`),
      {},
    );
    expect(performance.now() - started).toBeLessThan(LINEAR_MS);
  }, 60_000);
});

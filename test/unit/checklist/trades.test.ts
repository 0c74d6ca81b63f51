// The tone, third-party, cliche and placeholder rules on wordings from trades they were not
// written for (nursing, retail, teaching, finance, the building trades, hospitality): each line
// is caught by the shape of what it says, not because it is listed.
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/checklist/draft.js';
import { clicheCheck } from '../../../src/checklist/rules/cliche.js';
import { placeholderCheck } from '../../../src/checklist/rules/placeholder.js';
import { thirdParty } from '../../../src/checklist/rules/third-party.js';
import { toneImpatient, toneScathing } from '../../../src/checklist/rules/tone.js';
import type { Hit, RuleCheck } from '../../../src/checklist/types.js';

const found = (rule: RuleCheck, text: string) => rule(parseDraft(text), {}).map((hit: Hit) => text.slice(hit.start, hit.end));

describe('tone-scathing: scorn about the process, the company or the reader', () => {
  it.each([
    ['Frankly the interview was a waste of my afternoon.', 'the interview was a waste'],
    ['I doubt you even know what a charge nurse does on nights.', 'I doubt you even know'],
    ['I hope whoever you hire cares half as much as I do.', 'I hope whoever you hire cares half as'],
    ['Your panel seemed bored the whole time.', 'Your panel seemed bored'],
    ['The whole process felt like a box-ticking exercise.', 'The whole process felt like a box-ticking exercise'],
    ["You clearly didn't read my teaching portfolio.", "You clearly didn't read"],
    ['Nobody even bothered to show me the classroom.', 'Nobody even bothered'],
    ['Your branch manager was condescending about my CPA exam.', 'Your branch manager was condescending'],
    ['The kitchen tour was a complete shambles.', 'The kitchen tour was a complete shambles'],
    ['Honestly, I expected more from a hospital of your reputation.', 'I expected more from'],
    ['A firm of your size should manage a simple callback.', 'A firm of your size should'],
    ['I hope you are proud of how that panel went.', 'I hope you are proud'],
    ['I wasted a whole vacation day driving to your site office.', 'wasted a whole vacation day'],
  ])('flags %j', (text, phrase) => expect(found(toneScathing, text)).toEqual([phrase]));

  it.each([
    'Thank you for showing me the new ward and the medication carts.',
    'Your team was welcoming and the questions were thoughtful.',
    'The kitchen was busy, and the chef clearly cared about every plate.',
    'I know the process takes time, and I appreciate your patience.',
    "I'm sure whoever you choose will be lucky to join such a kind team.",
    'You have no idea how much I appreciated the tour of the site.',
    'The audit case study was hard, and I enjoyed working through it.',
  ])('leaves %j alone', (text) => expect(found(toneScathing, text)).toEqual([]));
});

describe('tone-impatient: demands, deadlines and guilt aimed at the reader', () => {
  it.each([
    ['I really do need to know where I stand.', 'I really do need to know'],
    ["I've put another offer on hold for this.", 'put another offer on hold'],
    ['Please let me know by Thursday.', 'let me know by Thursday'],
    ['I took an unpaid day off from the bakery to come in.', 'I took an unpaid day off'],
    ['You said you would call me by Monday.', 'You said you would call'],
    ['How much longer do I have to wait?', 'How much longer do I'],
    ['I have been waiting for weeks now.', 'I have been waiting'],
    ['Please reply promptly.', 'reply promptly'],
    ['I must have a decision before Friday, as the school term starts.', 'I must have a decision'],
    ["I'd appreciate a decision by Friday, please.", 'appreciate a decision by Friday'],
    ["If I don't hear back by Monday, I'll assume the answer is no.", "If I don't hear back by"],
  ])('flags %j', (text, phrase) => expect(found(toneImpatient, text)).toEqual([phrase]));

  it.each([
    'I will respond promptly to any questions.',
    "I'd be happy to confirm my availability by Friday.",
    'I can send my certifications by Friday.',
    'I would love to hear back when you have news.',
    'If you need my references by Friday, let me know.',
    'I look forward to hearing from you next week.',
    'Guests check in at the front desk from 3 pm, and I enjoyed seeing the rush.',
  ])('leaves %j alone', (text) => expect(found(toneImpatient, text)).toEqual([]));
});

describe('third-party: anyone asked to speak, visit or call on your behalf', () => {
  it.each([
    [
      'I asked my friend Dana, who works two floors above you, to swing by your desk.',
      'asked my friend Dana, who works two floors above you, to swing by',
    ],
    ['My former supervisor at the clinic will call you this week.', 'My former supervisor at the clinic will call'],
    ['My aunt knows your head chef and offered to stop by the kitchen.', 'My aunt knows your head chef and offered to stop'],
    ['You may hear from my old manager at the bank.', 'hear from my old manager'],
    ['I had my cousin drop by the store to ask about the role.', 'had my cousin drop by'],
    ['A colleague of mine might pop in to your office next week.', 'A colleague of mine might pop'],
    ['Expect a call from my mentor, who taught at your school.', 'a call from my mentor'],
  ])('flags %j', (text, phrase) => expect(found(thirdParty, text)).toEqual([phrase]));

  it.each(['sister-in-law', 'fiancé', 'ex-boss', 'neighbour', 'pastor'])(
    'knows %j as a helper before building the grammar',
    (helper) => {
      const text = `My ${helper} will call you on Friday.`;
      expect(found(thirdParty, text)).toEqual([`My ${helper} will call`]);
    },
  );

  it.each([
    'My references are happy to speak with you if that would help.',
    'My former manager would be glad to talk with you about my work.',
    'I told my friend about the role and she was excited for me.',
    'My colleague and I swung by the farmers market after the interview.',
    'I can ask my previous principal to send a reference letter if you need one.',
    'I will call you on Monday to follow up.',
  ])('leaves %j alone', (text) => expect(found(thirdParty, text)).toEqual([]));
});

describe('cliche: stock phrases, with a plainer way to say them', () => {
  it.each([
    ['Just checking in to see if there is any news.', 'Just checking in'],
    ['I wanted to touch base about the teller position.', 'wanted to touch base'],
    ['Circling back on my application for the maths post.', 'Circling back'],
    ['Hope this email finds you well!', 'Hope this email finds you well'],
    ['Bumping this to the top of your inbox.', 'Bumping this'],
    ['I am a team player who can hit the ground running.', 'a team player'],
    // A buzzword's verb in any form.
    ["I'd be someone who thinks outside the box.", 'thinks outside the box'],
    ['She hits the ground running and wears many hats.', 'hits the ground running'],
  ])('flags %j', (text, phrase) => expect(found(clicheCheck, text)[0]).toBe(phrase));

  it('says what to write instead', () => {
    const [hit] = clicheCheck(parseDraft('Just checking in on the sous chef role.'), {});
    expect(hit?.message).toBe(
      '"Just checking in" is a stock phrase that makes a note sound automatic, the kind a reader skims past. Say what you want in plain words, e.g. "I am writing to ask whether there is any news about the role."',
    );
  });

  it.each([
    'Guests check in at the front desk from 3 pm.',
    'I wanted to follow up on my note of last Tuesday.',
    'I look forward to hearing from you.',
    'The box of samples outside the shop thinks for nobody.',
  ])('leaves %j alone', (text) => expect(found(clicheCheck, text)).toEqual([]));
});

describe('placeholder: stand-ins left in the text', () => {
  it.each([
    ['Best regards,\n[Your Name]', ['[Your Name]']],
    ['Dear [Hiring Manager], thank you for meeting me at <Company>.', ['[Hiring Manager]', '<Company>']],
    ['I met with Mr. XX on {{date}} about the ____ role.', ['XX', '{{date}}', '____']],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a template literal's ${day} left in a draft is the stand-in under test.
    ['Thank you for the tour of %STORE_NAME% on ${day}.', ['%STORE_NAME%', '${day}']],
  ])('flags %j', (text, stands) => expect(found(placeholderCheck, text)).toEqual(stands));

  it('flags one in the subject line', () => {
    const text = 'Subject: Thank you: [Role] interview\n\nHi Sam,\nThanks.';
    expect(found(placeholderCheck, text)).toEqual(['[Role]']);
  });

  it.each([
    'My email is <dana@acme.example>, and see <https://acme.example>.',
    'The ward uses a [x] checkbox and footnote [1].',
    'We stocked XL and XXL shirts.',
    'See [my portfolio](https://me.example).',
  ])('leaves %j alone', (text) => expect(found(placeholderCheck, text)).toEqual([]));
});

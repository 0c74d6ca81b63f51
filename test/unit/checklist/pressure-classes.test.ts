// Issue #13: tone-impatient by what pressure is: a demand, a deadline put on the reader, guilt,
// leverage, chasing counted, the least asked for as a due. Sentences written for this test; the
// near misses are what a patient writer says about timing: a polite question, another process
// told plainly, the reader's own date accepted, time counted with nothing held against it,
// pressure denied ("I have no wish to rush the panel"), and a reason given without a deadline.
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/checklist/draft.js';
import { toneImpatient } from '../../../src/checklist/rules/tone.js';
import { ACME } from './sample.js';

const found = (text: string) =>
  toneImpatient(parseDraft(text), {}).map((hit) => [text.slice(hit.start, hit.end), hit.severity ?? 'error']);

describe('tone-impatient: pressure on the reader, in any words', () => {
  it.each([
    ['I need to hear back by Wednesday at the latest.', [['I need to hear back', 'error']]],
    ["If I don't hear from you by Friday, I'll assume the answer is no.", [["If I don't hear from you by", 'error']]],
    ["I've now written four times without a reply.", [["I've now written four times", 'warning']]],
    [
      'I have an offer from another hospital that expires Monday, so I need your decision before then.',
      [['I need your decision', 'error']],
    ],
    ['Please respond today.', [['respond today', 'error']]],
    ["I gave up a day's pay to come in, so I'd hope for a quicker answer.", [["I gave up a day's pay", 'error']]],
    ["It's frustrating to be left in the dark this long.", [['frustrating to be left in the dark this long', 'warning']]],
    ['I expect an update by the end of the week.', [['I expect an update', 'error']]],
    [
      'You promised a decision last Friday and I still have nothing.',
      [['promised a decision last Friday and I still have', 'warning']],
    ],
    ["Surely a simple yes or no isn't too much to ask.", [["isn't too much to ask", 'warning']]],
    ["I'll keep ringing until someone picks up.", [["I'll keep ringing until", 'warning']]],
    ['Kindly revert by close of business tomorrow.', [['by close of business', 'error']]],
    ["I'm sure you can appreciate I can't wait forever.", [["I can't wait forever", 'error']]],
    [
      'Get back to me as soon as you can, please, this is urgent.',
      [
        ['Get back to me as soon as you can', 'error'],
        ['is urgent', 'error'],
      ],
    ],
    ["I'd like your answer by Thursday so I can plan.", [['answer by Thursday', 'error']]],
    ['The least the agency owes me is a proper explanation.', [['The least the agency owes', 'warning']]],
    ["I expect to receive the panel's scores by Monday.", [["I expect to receive the panel's scores by", 'warning']]],
  ])('finds %j', (text, hits) => expect(found(text)).toEqual(hits));
});

describe('tone-impatient: patience, plain news and polite timing questions stay quiet', () => {
  it.each([
    'Could you let me know roughly when you expect to decide?',
    'I do have another process running, and I wanted to be open about that.',
    "I'm also interviewing elsewhere, but this role is my first choice.",
    'Friday works for me; I look forward to hearing from you then.',
    "You mentioned you would decide by December 4, and I'm happy to wait until then.",
    'Is there anything else you need from me before you decide?',
    "I'm writing only to say I'm still very interested.",
    'I know these decisions take time.',
    'If it helps your planning, I could start as early as January 5.',
    "I'll look out for your email next week.",
    'No rush at all; whenever the panel is ready.',
    "Thanks for letting me know the decision has moved to the 12th; that's no problem.",
    'I wanted to check whether the timeline you mentioned still holds.',
    'I have another interview on Thursday, so I may be slow to reply that afternoon.',
    'I was told to expect a decision by the end of the month, which suits me.',
    'I can send my references by Friday if that helps.',
    'It has been three months since we spoke, and I wanted to share some news.',
    'Would you be able to share when you expect to make a decision, so I can plan my notice period?',
    'I have a second-stage interview elsewhere next week, but I wanted you to know this role is the one I want.',
    "Whenever you have news, I'd love to hear it.",
    'I have no wish to rush the panel, but an idea of the timing would help me plan.',
    "Please don't feel you need to answer before the holidays.",
    "Marta had hoped to decide by December 9, so I'm writing to ask whether there is news.",
    "I'd be grateful to know either way, so I can plan my spring.",
    'It was the least I could do after you stayed late for me.',
    'The least we can do is keep the dogs walked.',
  ])('stays quiet on %j', (text) => expect(found(text)).toEqual([]));
});

describe("tone-impatient: the writer's own demand, not a date the reader set or a story of others", () => {
  it.each([
    ['It\u2019s been ten days and nobody has had the courtesy to reply.', [['nobody has had the courtesy to', 'warning']]],
    ["I haven't even been shown the courtesy of a reply.", [["haven't even been shown the courtesy of", 'warning']]],
    ["I'm giving you until Monday before I withdraw my application.", [["I'm giving you until", 'warning']]],
    ['I need to know the outcome by Friday.', [['I need to know', 'error']]],
    ['You asked for patience, but I need a decision by Friday.', [['I need a decision', 'error']]],
  ])('finds %j', (text, hits) => expect(found(text)).toEqual(hits));

  it.each([
    // A thing to learn, not an answer wanted
    'I need to know the site well before I run it, which is why I liked the walk-round.',
    // A date the reader set the writer
    "You asked me to confirm by Thursday, and I'm writing to confirm: yes, I'm available.",
    // Someone else's demand, told as a story of the work
    'Customers at the counter often expect an answer right away, and I keep calm.',
    'Patients often need an answer immediately, and I learned to give clear ones.',
    // Manners praised, not found wanting
    "I won't forget the courtesy of your quick reply after the interview.",
    'You had the decency to call every candidate back, which says a lot about your team.',
  ])('stays quiet on %j', (text) => expect(found(text)).toEqual([]));
});

describe('tone-impatient: thanks said again, and news awaited from someone else', () => {
  const decidingOn9th = { interview: { ...ACME, timeframe: { text: 'by December 9', date: '2026-12-09' } } };
  const inContext = (text: string) =>
    toneImpatient(parseDraft(text), decidingOn9th).map((hit) => [text.slice(hit.start, hit.end), hit.severity ?? 'error']);

  it('takes "thanks again" beside the reader\'s own day as thanks, not as a reproach', () => {
    expect(inContext('Thanks again, and I hope to hear from you by the 9th.')).toEqual([]);
    expect(inContext('You said you would decide by the 9th, and again I have heard nothing.')).toEqual([
      ['You said you would decide', 'error'],
    ]);
  });

  it("leaves a call from someone else alone, and still finds an answer of the reader's expected", () => {
    expect(found("I've passed her your number, so expect to hear from her by Friday.")).toEqual([]);
    expect(found('I expect to hear from you by Friday.')).toEqual([['I expect to hear', 'error']]);
  });
});

describe('tone-impatient: a demand with a word between, and silence taken as the answer', () => {
  it.each([
    ['I will therefore require your written confirmation by Wednesday evening.', [['by Wednesday', 'warning']]],
    [
      'If I do not receive it, I will have to assume that the position is no longer available.',
      [['If I do not receive it, I will have to assume', 'warning']],
    ],
  ])('finds %j', (text, hits) => expect(found(text)).toEqual(hits));

  it.each([
    'I will therefore send the signed forms by Wednesday evening.',
    'If I get the job, I will move to Leeds in the spring.',
    'If I have any questions, I will call you.',
  ])('stays quiet on %j', (text) => expect(found(text)).toEqual([]));
});

describe("tone-impatient: an answer as the reader's plan or as news, and a date with leave to miss it", () => {
  it.each([
    'Since you mentioned a decision this week, I wanted to ask whether there is any news.',
    "Sorsha said you'd have an update today, and I'm happy to wait if things have shifted.",
    'The decision this week will shape the team for years, and I hope I can be part of it.',
    "You said that you'd be in touch within ten days; I'm writing to say I remain keen.",
    "I need to give my landlord notice by the 15th, so any update before then would help, though I understand if that isn't possible.",
  ])('stays quiet on %j', (text) => expect(found(text)).toEqual([]));

  it.each([
    ["I'd appreciate an answer this week.", [['answer this week', 'warning']]],
    ['Please give me an update today.', [['update today', 'warning']]],
    ['I need an answer by Friday if that is possible.', [['I need an answer', 'error']]],
  ])('still finds %j', (text, hits) => expect(found(text)).toEqual(hits));
});

// tone-impatient: pressure by the frame of a sentence, not a listed phrase, and another
// employer's deadline told as news. Sentences written for this test; the corpora use none of them.
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/checklist/draft.js';
import { toneImpatient } from '../../../src/checklist/rules/tone.js';

const note = (line: string) => `Hi Morag,\n\n${line}\n\nBest,\nTeodor`;
const found = (line: string) => {
  const text = note(line);
  return toneImpatient(parseDraft(text), {}).map((hit) => text.slice(hit.start, hit.end));
};

describe('tone-impatient: contact on a schedule, and the outcome demanded', () => {
  it.each([
    ["You'll hear from me each morning until there's news.", 'hear from me each morning'],
    ["I'll keep ringing the yard every afternoon.", "I'll keep ringing the yard every"],
    ['I will e-mail daily until I hear back.', 'I will e-mail daily'],
    ["Let's not string this out: I'm ready to sign.", "Let's not string this out"],
    ['We both know it went well, so just send me the contract.', 'just send me the contract'],
  ])('warns on %j', (line, phrase) => expect(found(line)).toEqual([phrase]));

  it.each([
    "You'll hear from me by Friday with the two references.",
    "I'll call the yard on Monday afternoon to book the medical, as you asked.",
    'I practise on the lathe every evening until the light goes.',
    'If you decide to go ahead, please send the contract to my home address.',
    'Once an offer is made, just send me the contract and I will return it the same day.',
  ])('leaves %j alone', (line) => expect(found(line)).toEqual([]));
});

describe("tone-impatient: another employer's deadline, told as news", () => {
  it.each([
    'A bakery in Leeds has offered me a shift lead post and would like an answer by 3 March; if you can tell me before then I would be grateful.',
    'In fairness to you, the ferry company made me an offer and asked for my answer by the 20th.',
    'I have an offer from a garage in Truro, which needs a decision by Friday. This role is still my first choice.',
  ])('leaves %j alone', (line) => expect(found(line)).toEqual([]));

  it.each([
    ['A depot in Hull made me an offer and wants an answer by Monday, so please decide by Friday.', 'decide by Friday'],
    ['A bakery in Leeds has offered me a post, so I need your answer by 3 March.', 'I need your answer'],
  ])('still warns when the writer then sets the reader a date: %j', (line, phrase) => expect(found(line)).toContain(phrase));
});

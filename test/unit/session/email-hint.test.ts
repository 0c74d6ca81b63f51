// The hint under an interviewer's e-mail. A trial's HR partner, given as the recruiter and on the
// panel, was told "the coach writes a note asking Ciara Byrne for it": asking herself.
import { describe, expect, it } from 'vitest';
import { EMPTY_ANSWERS, EMPTY_INTERVIEWER, hintOf } from '../../../src/session/index.js';
import { FIELDS } from '../../../src/session/fields.js';

const email = FIELDS.find((field) => field.id === 'interviewer.email')!;
const answers = {
  ...EMPTY_ANSWERS,
  recruiterName: 'Ciara Byrne',
  interviewers: [
    { ...EMPTY_INTERVIEWER, name: "Declan O'Sullivan" },
    { ...EMPTY_INTERVIEWER, name: 'Ciara  byrne' },
  ],
};

describe('the hint under an interviewer e-mail', () => {
  it('says the recruiter is asked for the address of someone else', () => {
    expect(hintOf(email, answers, 0)).toBe('Leave empty if you have none: the coach writes a note asking Ciara Byrne for it.');
  });

  it('asks nobody for the recruiter’s own address', () => {
    expect(hintOf(email, answers, 1)).toBe('Leave empty if you have none.');
  });
});

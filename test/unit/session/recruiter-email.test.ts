// The interviewer step for the recruiter who sat on the panel: their e-mail, given a few questions
// earlier as the recruiter's, is offered again rather than typed twice.
import { describe, expect, it } from 'vitest';
import { EMPTY_INTERVIEWER } from '../../../src/session/answers.js';
import { fieldById } from '../../../src/session/fields.js';
import { EMPTY_ANSWERS } from '../../../src/session/index.js';

const email = fieldById('interviewer.email');
const answers = (name: string, typed = '') => ({
  ...EMPTY_ANSWERS,
  recruiterName: 'Alex Kim',
  recruiterEmail: 'alex.kim@vdberg.example',
  interviewers: [{ ...EMPTY_INTERVIEWER, name, email: typed }],
});

describe('the interviewer e-mail step', () => {
  it('is prefilled with the recruiter’s address for the recruiter on the panel (case and accents aside)', () => {
    expect(email.read(answers('Alex Kim'), 0)).toBe('alex.kim@vdberg.example');
    expect(email.read(answers('alex kim'), 0)).toBe('alex.kim@vdberg.example');
  });

  it('keeps what was typed for them, and offers nothing for anyone else', () => {
    expect(email.read(answers('Alex Kim', 'alex@home.example'), 0)).toBe('alex@home.example');
    expect(email.read(answers('Joost van der Berg'), 0)).toBe('');
  });
});

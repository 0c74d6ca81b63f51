// The questions about the recruiter or HR contact name the person given, never an assumed role: a
// new user's HR partner was asked for as "Recruiter's e-mail".
import { describe, expect, it } from 'vitest';
import { US_WITH_YEARS } from '../../../src/model/dates.js';
import { fieldById } from '../../../src/session/fields.js';
import { EMPTY_ANSWERS, hintOf, labelOf } from '../../../src/session/index.js';

const context = { dateStyle: US_WITH_YEARS };
const withContact = { ...EMPTY_ANSWERS, recruiterName: ' Dana Kim ' };
const label = (id: Parameters<typeof fieldById>[0], answers = withContact) => labelOf(fieldById(id), context, answers);

describe('the questions about the recruiter or HR contact', () => {
  it('name them, whatever their role', () => {
    expect(label('interview.recruiter-email')).toBe("Dana Kim's e-mail (optional)");
    expect(label('interview.recruiter-phone')).toBe("Dana Kim's phone (optional)");
    expect(label('interview.recruiter-greeting')).toBe('How do you greet Dana Kim?');
    expect(label('interview.via')).toBe('Did Dana Kim ask you to send your notes through them?');
    expect(hintOf(fieldById('interview.via'), withContact)).toBe(
      'As in "please send your thanks through me". Each person still gets a note of their own, sent to Dana Kim\'s address with a line asking to pass it on.',
    );
  });

  it('leave every other question as it is', () => {
    expect(label('interview.recruiter-name')).toBe('Recruiter or HR contact (optional)');
    expect(label('interviewer.email')).toBe('E-mail');
  });
});

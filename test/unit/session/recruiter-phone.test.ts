// The recruiter's phone, asked after their e-mail: it is saved with the recruiter, read back when
// a saved interview is opened, offered again for the recruiter on the panel, and a draft saved
// before the question existed still loads (the phone as skipped).
import { describe, expect, it } from 'vitest';
import { EMPTY_INTERVIEWER } from '../../../src/session/answers.js';
import { fieldById } from '../../../src/session/fields.js';
import { EMPTY_ANSWERS, answersOf, draftOf, initialState, interviewOf, readDraft } from '../../../src/session/index.js';
import { sampleInterview } from '../../helpers/sample-interview.js';

const ACME = sampleInterview();

describe("the recruiter's phone", () => {
  it('is saved with the recruiter and read back from a saved interview', () => {
    const answers = { ...answersOf(ACME), recruiterPhone: '+1 555 0199' };
    expect(interviewOf(answers, { id: ACME.id }).recruiter).toEqual({
      name: 'Dana Kim',
      email: 'dana.kim@acme.example',
      phone: '+1 555 0199',
    });
    expect(answersOf({ ...ACME, recruiter: { name: 'Dana Kim', phone: '+1 555 0199' } }).recruiterPhone).toBe('+1 555 0199');
    // Skipped: no phone field at all, as in interviews saved before it was asked.
    expect(interviewOf(answersOf(ACME), { id: ACME.id }).recruiter).toEqual({ name: 'Dana Kim', email: 'dana.kim@acme.example' });
  });

  it('is offered as the phone of the recruiter on the panel, and of nobody else', () => {
    const phone = fieldById('interviewer.phone');
    const answers = (name: string) => ({
      ...EMPTY_ANSWERS,
      recruiterName: 'Dana Kim',
      recruiterPhone: '+1 555 0199',
      interviewers: [{ ...EMPTY_INTERVIEWER, name }],
    });
    expect(phone.read(answers('dana kim'), 0)).toBe('+1 555 0199');
    expect(phone.read(answers('Sam Ortiz'), 0)).toBe('');
  });

  it('a draft saved before it was asked loads, with the phone empty', () => {
    const old = JSON.parse(JSON.stringify(draftOf(initialState({ ...EMPTY_ANSWERS, recruiterName: 'Dana Kim' }))));
    delete old.answers.recruiterPhone;
    expect(readDraft(old)?.answers).toMatchObject({ recruiterName: 'Dana Kim', recruiterPhone: '' });
  });
});

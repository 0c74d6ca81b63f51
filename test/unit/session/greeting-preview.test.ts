// What the greeting question shows under the answer. A trial chose "Titles and surnames (Dear Dr.
// Okonkwo)" and met Hank Kowalczyk: the greeting was prefilled with his whole name, the preview
// said "→ Dear Hank Kowalczyk," and nothing said how to greet him as Mr. Kowalczyk instead.
import { describe, expect, it } from 'vitest';
import { EMPTY_ANSWERS, EMPTY_INTERVIEWER } from '../../../src/session/index.js';
import { fieldById, type TextField } from '../../../src/session/fields.js';
import { STEP_CONTEXT as context } from '../../support/fake-world.js';

const greeting = fieldById('interviewer.greeting') as TextField;
const answersWith = (formality: 'titles' | 'first-names') => ({
  ...EMPTY_ANSWERS,
  formality,
  interviewers: [{ ...EMPTY_INTERVIEWER, name: 'Hank Kowalczyk' }],
});
const preview = (value: string, formality: 'titles' | 'first-names') =>
  greeting.preview?.(value, answersWith(formality), context, 0);

describe('the greeting preview', () => {
  it('greeted by titles, a whole name says how to give the title', () => {
    expect(preview('Hank Kowalczyk', 'titles')).toBe(
      '→ Dear Hank Kowalczyk, (to greet them by their title, type it, e.g. Mr. Kowalczyk or Ms. Kowalczyk)',
    );
  });

  it('a title typed, a first name, or first-name terms: the greeting alone', () => {
    expect(preview('Mr. Kowalczyk', 'titles')).toBe('→ Dear Mr. Kowalczyk,');
    expect(preview('Hank', 'titles')).toBe('→ Dear Hank,');
    expect(preview('Hank', 'first-names')).toBe('→ Dear Hank,');
    expect(preview('Hank Kowalczyk', 'first-names')).toBe('→ Dear Hank Kowalczyk,');
  });

  // The trial's recruiter, greeting left empty under titles: the contact request opened "Dear Pat Oduya,".
  it("the recruiter's greeting, left empty under titles, shows the whole name and how to give the title", () => {
    const field = fieldById('interview.recruiter-greeting') as TextField;
    const answers = { ...EMPTY_ANSWERS, formality: 'titles' as const, recruiterName: 'Pat Oduya' };
    expect(field.preview?.('', answers, context, 0)).toBe(
      '→ Dear Pat Oduya, (to greet them by their title, type it, e.g. Mr. Oduya or Ms. Oduya)',
    );
    expect(field.preview?.('Ms Oduya', answers, context, 0)).toBe('→ Dear Ms Oduya,');
  });
});

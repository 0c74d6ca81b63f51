// The formal sign-off follows the user's English: "Yours sincerely" to a reader greeted by name
// in British English, "Sincerely" in American, and never both in one run (a British panel's
// notes ended "Sincerely," in one and "Yours sincerely," in the next).
import { describe, expect, it } from 'vitest';
import { createComposer } from '../../../src/compose/compose.js';
import { loadTemplates } from '../../../src/compose/template-files.js';
import { dateStyleFor } from '../../../src/model/date-style.js';
import type { DateStyle } from '../../../src/model/day-format.js';
import { NOTE_KINDS, type Interview } from '../../../src/model/types.js';
import { sampleInterview } from '../../helpers/sample-interview.js';

const { composeNotes, kindsFor } = createComposer(loadTemplates());

const NAMES = ['Fiona McAllister', 'Tomasz Wojcik', 'Rukhsana Begum', 'Nasir Haddad', 'Gemma Ashworth'];
const base = sampleInterview({ tone: 'formal' });
const panel: Interview = {
  ...base,
  interviewers: NAMES.map((name, i) => ({
    name,
    title: 'Pharmacist',
    email: `p${i}@northmoor.example`,
    medium: 'email' as const,
    topics: ['the weekend rota for the aseptic unit'],
  })),
};
const states: Interview[] = [
  panel,
  { ...panel, interviewers: [{ ...panel.interviewers[0]!, email: undefined }, ...panel.interviewers.slice(1)] },
  { ...panel, sent: NAMES.map((to) => ({ kind: 'thank-you' as const, to, at: '2026-11-24T18:00:00.000Z' })) },
  { ...panel, status: 'not-selected' },
  { ...panel, status: 'not-selected', recruiter: { ...panel.recruiter!, email: 'dana@acme.example' }, toldBy: 'Dana Kim' },
];

/** The sign-off lines ending in "sincerely," of every formal note of every kind written for the panel. */
function signOffs(dateStyle: DateStyle): string[] {
  return states.flatMap((interview) =>
    NOTE_KINDS.filter((kind) => kindsFor(interview).includes(kind)).flatMap((kind) =>
      composeNotes(interview, kind, { dateStyle })
        .filter((note) => note.by !== 'phone')
        .flatMap((note) => note.body.split('\n').filter((line) => /^(yours )?sincerely,$/i.test(line))),
    ),
  );
}

describe('the formal sign-off', () => {
  it('is "Yours sincerely," in every note under en-GB, "Sincerely," in every note under en-US', () => {
    const british = signOffs({ locale: 'en-GB', today: null });
    const american = signOffs({ locale: 'en-US', today: null });
    // Enough notes close so to tell: the panel's thank-yous, follow-ups, replies and the contact request.
    expect(british.length).toBeGreaterThanOrEqual(8);
    expect(new Set(british)).toEqual(new Set(['Yours sincerely,']));
    expect(new Set(american)).toEqual(new Set(['Sincerely,']));
  });

  it('follows FOLLOWUP_COACH_DIALECT over the date locale, and LANG when it is not set', () => {
    const now = new Date('2026-11-25T12:00:00Z');
    expect(new Set(signOffs(dateStyleFor({ LANG: 'en_US.UTF-8', FOLLOWUP_COACH_DIALECT: 'british' }, now)))).toEqual(
      new Set(['Yours sincerely,']),
    );
    expect(new Set(signOffs(dateStyleFor({ LANG: 'en_GB.UTF-8' }, now)))).toEqual(new Set(['Yours sincerely,']));
    expect(new Set(signOffs(dateStyleFor({ LANG: 'en_GB.UTF-8', FOLLOWUP_COACH_DIALECT: 'american' }, now)))).toEqual(
      new Set(['Sincerely,']),
    );
  });
});

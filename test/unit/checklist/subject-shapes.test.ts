// generic-subject on subjects of shapes its own examples do not use: the candidate's name, the
// interview's date, a reply to the reader's own message, what a contact request asks for, and
// another form of the role's word. Each suppression sits next to a close subject still flagged.
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/checklist/draft.js';
import { genericSubject } from '../../../src/checklist/rules/subject.js';
import type { NoteKind } from '../../../src/model/types.js';
import { ACME } from './sample.js';

const NURSE = {
  ...ACME,
  company: 'Larkfield Hospital',
  role: 'Registered Nurse',
  candidate: { ...ACME.candidate, name: 'Ngozi Adeyemi-Clarke, RN' },
};
// The body names nobody: a name the body repeats is a word of the note (subject.ts, hasBodyWord).
const BODY = '\n\nHello,\n\nThank you again. I enjoyed the day.\n\nBest wishes';
const flagged = (subject: string, kind: NoteKind = 'thank-you') =>
  genericSubject(parseDraft(`Subject: ${subject}${BODY}`), { interview: NURSE, to: ACME.interviewers[0]!.name, kind }).length;

describe('generic-subject on subjects that do say which interview', () => {
  it.each([
    'Thank you - Ngozi Adeyemi-Clarke',
    'Interview follow-up: Ngozi Adeyemi-Clarke',
    'Adeyemi-Clarke: thanks for Thursday',
  ])('takes the candidate’s surname in %j as naming the note', (subject) => {
    expect(flagged(subject)).toBe(0);
  });

  it('does not take the candidate’s given name alone, nor the reader’s', () => {
    expect(flagged('Thanks from Ngozi')).toBe(1);
    expect(flagged('Thank you, Priya')).toBe(1);
  });

  it.each([
    'Interview on 30 November',
    'Re: Interview - Nov 30',
    'Thursday interview',
    "Thursday's interview",
    'Interview 11/30',
  ])('takes an interview named by its date, %j', (subject) => {
    expect(flagged(subject)).toBe(0);
  });

  it('still flags a date with no interview in it, or an interview with no date', () => {
    expect(flagged('Thank you for the chat on Tuesday')).toBe(1);
    expect(flagged('Our conversation on Monday')).toBe(1);
    expect(flagged('Interview')).toBe(1);
  });

  it.each(['Thank you - nursing interview', 'Nursing post: thank you', 'Thanks - the nurses panel'])(
    'takes another form of the role’s word, %j',
    (subject) => {
      expect(flagged(subject)).toBe(0);
    },
  );

  it('does not take a short word that only starts like the role', () => {
    expect(flagged('Nurturing interview')).toBe(1);
  });
});

describe('generic-subject on replies and requests', () => {
  it('leaves a reply to the reader’s decision with the subject they wrote', () => {
    expect(flagged('Re: Your application', 'not-selected')).toBe(0);
    expect(flagged('Re: Update on your application', 'not-selected')).toBe(0);
    // Written by the candidate, not kept from their message, the same words still say nothing.
    expect(flagged('Your application', 'not-selected')).toBe(1);
  });

  it('asks a follow-up in the thread only for a subject that says nothing at all', () => {
    expect(flagged('Re: Great day yesterday', 'follow-up')).toBe(0);
    expect(flagged('Re: Thanks!', 'follow-up')).toBe(1);
    expect(flagged('Great day yesterday', 'follow-up')).toBe(1);
  });

  it('takes a contact request that names what it asks for', () => {
    expect(flagged("Aylin Demir's e-mail address, please", 'contact-request')).toBe(0);
    expect(flagged('Contact details for the panel', 'contact-request')).toBe(0);
    expect(flagged('Contact details for the panel', 'thank-you')).toBe(1);
    expect(flagged('A quick question', 'contact-request')).toBe(1);
  });
});

describe('generic-subject on subjects that name the meeting or what they ask about the opening', () => {
  it.each([
    'Thank you for today',
    'Thanks for yesterday',
    "Thank you for yesterday's visit",
    'Thanks so much for this morning',
    'Grateful for Thursday',
  ])('takes thanks for the day itself, %j', (subject) => {
    expect(flagged(subject)).toBe(0);
  });

  it.each(['Great chat yesterday', 'Great meeting today', 'Today', 'Thank you for your time', 'Thanks for the chat on Tuesday'])(
    'still flags a day with no thanks for it, or thanks for nothing of the day, %j',
    (subject) => {
      expect(flagged(subject)).toBe(1);
    },
  );

  it.each(["Following yesterday's interview", 'After this morning’s interview', 'Interview today'])(
    'takes an interview named by its day, %j',
    (subject) => {
      expect(flagged(subject)).toBe(0);
    },
  );

  it.each(['Checking whether the role is open again', 'Still keen on the post', 'Is the position filled yet?'])(
    'takes a subject that says what it asks about the opening, %j',
    (subject) => {
      expect(flagged(subject, 'stay-in-touch')).toBe(0);
    },
  );

  it.each(['Following up on the role', 'Re: position', 'About the job', 'Checking in regarding the role'])(
    'still flags stock words around the opening, %j',
    (subject) => {
      expect(flagged(subject, 'stay-in-touch')).toBe(1);
    },
  );
});

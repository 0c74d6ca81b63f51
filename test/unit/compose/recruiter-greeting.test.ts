// The recruiter who also sat on the panel is greeted the same way in every note: the greeting
// the candidate gave them as an interviewer, in the contact request too.
import { describe, expect, it } from 'vitest';
import { composeNotes } from '../../../src/compose/compose.js';
import { sampleInterview } from '../../helpers/sample-interview.js';

const [priya, sam] = sampleInterview().interviewers;
const interview = sampleInterview({
  tone: 'formal',
  interviewers: [
    { ...priya!, email: undefined },
    sam!,
    {
      name: 'Dana Kim',
      title: 'Talent Partner',
      email: 'dana.kim@acme.example',
      medium: 'email',
      greeting: 'Ms Kim',
      topics: ['the relocation package'],
    },
  ],
});
const opening = (kind: 'contact-request' | 'thank-you') =>
  composeNotes(interview, kind, { to: 'Dana' }).map((note) => [note.to, note.body.split('\n')[0]]);

describe('a recruiter on the panel', () => {
  it('is "Dear Ms Kim," in her thank-you, which asks for the address; a request on record is greeted so too', () => {
    expect(opening('thank-you')).toEqual([['Dana Kim', 'Dear Ms Kim,']]);
    expect(composeNotes(interview, 'thank-you', { to: 'Dana' })[0]!.asksFor).toEqual(['Priya Raghunathan']);
    const asked = { ...interview, sent: [{ kind: 'contact-request' as const, to: 'Dana Kim', at: '2026-11-24T17:00:00.000Z' }] };
    expect(composeNotes(asked, 'contact-request').map((note) => [note.to, note.body.split('\n')[0]])).toEqual([
      ['Dana Kim', 'Dear Ms Kim,'],
    ]);
  });

  it('a recruiter not on the panel is still greeted from the name', () => {
    const alone = { ...interview, interviewers: interview.interviewers.slice(0, 2) };
    expect(composeNotes(alone, 'contact-request').map((note) => note.body.split('\n')[0])).toEqual(['Dear Dana,']);
  });
});

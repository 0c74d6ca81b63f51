// A panel of one trust's pharmacists and every state a note can be written in, for the property
// tests that read every note of every kind (topic-ends.test.ts, wishes.test.ts): the candidate's
// own words of each, above the signature and the quoted earlier note.
import { createComposer } from '../../../src/compose/compose.js';
import { loadTemplates } from '../../../src/compose/template-files.js';
import { type DateStyle, US_WITH_YEARS } from '../../../src/model/dates.js';
import type { Interview, Interviewer, IsoDate, NoteKind, Tone } from '../../../src/model/types.js';
import { messageOf, unquotedOf } from './note-parts.js';

const { composeNotes } = createComposer(loadTemplates());

export type Medium = 'email' | 'phone';

/** `names` on one panel, all reached by `by`, each with what `person(i)` adds. */
export function pharmacistPanel(
  names: readonly string[],
  by: Medium,
  person: (index: number) => Partial<Interviewer>,
  extra: Partial<Interview> = {},
): Interview {
  return {
    id: 'northmoor-pharmacist',
    candidate: { name: 'Eleanor Whitcombe', email: 'eleanor@example.co.uk', phone: '07700 900 123', resume: 'CV.pdf' },
    company: 'Northmoor Trust',
    role: 'Advanced Pharmacist',
    date: '2026-12-02',
    format: 'onsite',
    timeframe: { text: 'by Friday the 11th', date: '2026-12-11' },
    status: 'waiting',
    sent: [],
    ...extra,
    interviewers: names.map((name, i) => ({
      name,
      title: 'Pharmacist',
      ...(by === 'email'
        ? { email: `p${i}@northmoor.example`, medium: 'email' as const }
        : { phone: '0161 496 0881', medium: 'phone' as const }),
      topics: [],
      ...person(i),
    })),
  };
}

/** Each kind before and after the notes before it went, and after a no (told by a panel member). */
function statesOf(names: readonly string[]): ReadonlyArray<readonly [NoteKind, Partial<Interview>, IsoDate?]> {
  const sent = (kind: NoteKind, at: string) => names.map((to) => ({ kind, to, at }));
  return [
    ['thank-you', {}],
    ['follow-up', {}],
    ['follow-up', { sent: sent('thank-you', '2026-12-02T18:00:00.000Z') }],
    ['follow-up', { sent: sent('follow-up', '2026-12-14T18:00:00.000Z') }, '2026-12-28'],
    ['voicemail', {}],
    ['voicemail', { sent: sent('voicemail', '2026-12-14T10:00:00.000Z') }],
    ['voicemail', { status: 'not-selected' }],
    ['not-selected', { status: 'not-selected' }],
    ['not-selected', { status: 'not-selected', toldBy: names[1] }],
    ['stay-in-touch', { status: 'not-selected' }],
  ];
}

/** Every note to `panel` in `tone`, in every state its medium allows, as the candidate's own words. */
export function* ownWords(
  panel: Interview,
  by: Medium,
  tone: Tone,
  style: DateStyle = US_WITH_YEARS,
): Generator<{ readonly kind: NoteKind; readonly to: string; readonly own: string; readonly subject: string }> {
  for (const [kind, state, today = null] of statesOf(panel.interviewers.map((person) => person.name))) {
    if ((kind === 'follow-up' && by === 'phone') || (kind === 'voicemail' && by === 'email')) continue;
    const interview: Interview = { ...panel, tone, ...state };
    for (const note of composeNotes(interview, kind, { dateStyle: { ...style, today } }))
      yield {
        kind,
        to: note.to,
        own: messageOf({ ...note, body: unquotedOf(note) }, interview.candidate),
        subject: note.subject,
      };
  }
}

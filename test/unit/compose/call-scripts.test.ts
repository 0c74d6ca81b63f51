// Call scripts read right for the person hearing them: every topic, whatever its shape (a noun
// phrase, a gerund clause, a "how ..." clause), ends its clause in every phrasing of every call.
import { describe, expect, it } from 'vitest';
import { createComposer } from '../../../src/compose/compose.js';
import { loadTemplates } from '../../../src/compose/template-files.js';
import { TONES, type Interview, type Interviewer, type NoteKind } from '../../../src/model/types.js';

const { composeNotes } = createComposer(loadTemplates());

const caller = (name: string, topic: string): Interviewer => ({
  name,
  title: 'Pharmacist',
  phone: '+1 555 0177',
  medium: 'phone',
  topics: [topic],
});

/** Five callers, so that every phrasing of every paragraph is used. */
const panel: Interview = {
  id: 'st-brigid-s-hospital-clinical-pharmacist',
  candidate: { name: 'Maren Holloway', email: 'maren@example.com', phone: '+1 555 0142' },
  company: "St. Brigid's Hospital",
  role: 'Clinical Pharmacist',
  date: '2026-11-30',
  format: 'phone',
  timeframe: { text: 'by the end of next week', date: '2026-12-11' },
  status: 'waiting',
  sent: [],
  interviewers: ['Tom Kessler', 'Ana Ruiz', 'Lee Chan', 'Bo Diaz', 'Kim Park'].map((name) => caller(name, 'x')),
};

const TOPICS = [
  'how pharmacists round with nursing on the infusion floor',
  'moving the formulary into the new EHR',
  'the antimicrobial stewardship program',
];

/** Each call a caller can get, in the state it is written for. */
const CALLS: ReadonlyArray<{ readonly kind: NoteKind; readonly with: Partial<Interview> }> = [
  { kind: 'thank-you', with: {} },
  { kind: 'voicemail', with: {} },
  { kind: 'voicemail', with: { timeframe: null } },
  { kind: 'voicemail', with: { status: 'not-selected' } },
  { kind: 'voicemail', with: { status: 'not-selected', toldBy: 'Tom Kessler' } },
  { kind: 'not-selected', with: { status: 'not-selected' } },
  { kind: 'not-selected', with: { status: 'not-selected', toldBy: 'Tom Kessler' } },
];

describe('call scripts', () => {
  it.each(TONES)('end every topic with its clause, in every phrasing of every call (%s)', (tone) => {
    for (const topic of TOPICS) {
      const interviewers = panel.interviewers.map((person) => ({ ...person, topics: [topic] }));
      for (const call of CALLS) {
        for (const note of composeNotes({ ...panel, ...call.with, tone, interviewers }, call.kind)) {
          const seen = { kind: call.kind, to: note.to };
          expect({ ...seen, by: note.by }).toEqual({ ...seen, by: 'phone' });
          const after = note.body.split(topic).slice(1);
          expect({ ...seen, mentions: after.length }).toEqual({ ...seen, mentions: 1 });
          // "... about how pharmacists round with nursing on the infusion floor during my interview"
          // runs the topic into the rest of the sentence: a comma, full stop or semicolon ends it.
          expect({ ...seen, next: after[0]!.slice(0, 1) }).toEqual({ ...seen, next: expect.stringMatching(/^[,.;]$/) });
        }
      }
    }
  });
});

// Call scripts read right for the person hearing them: every topic, whatever its shape (a noun
// phrase, a gerund clause, a "how ..." clause), ends its clause in every phrasing of every call;
// a phone-only person is kept in touch with by a call; and once they are due, the session's
// follow-ups are an e-mail to each writer and a call to each caller, as the schedule plans them.
import { describe, expect, it } from 'vitest';
import { createComposer } from '../../../src/compose/compose.js';
import { loadTemplates } from '../../../src/compose/template-files.js';
import { TONES, type Interview, type Interviewer, type NoteKind } from '../../../src/model/types.js';
import { acme } from './samples.js';

const { composeNotes, followUpNotes } = createComposer(loadTemplates());

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
  { kind: 'stay-in-touch', with: {} },
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

  it('keeps in touch with a phone-only person by a short call with their number, and writes to one with an address', () => {
    const [tom] = composeNotes({ ...panel, status: 'not-selected' }, 'stay-in-touch', { to: 'Tom' });
    expect([tom!.by, tom!.address, tom!.subject]).toEqual([
      'phone',
      '+1 555 0177',
      "Call to keep in touch: Clinical Pharmacist at St. Brigid's Hospital",
    ]);
    expect(tom!.body).toBe(
      'Hello Tom, this is Maren Holloway, at 555 0142.\n\n' +
        "We spoke on November 30, 2026, about the Clinical Pharmacist role at St. Brigid's Hospital, and I valued our talk about x. " +
        'Please keep me in mind if a position on your team matches my experience. ' +
        'There is no need to call me back; I only wanted to stay in touch.\n\n' +
        'In case you need it later, my number is 555 0142. Thank you, and take care.',
    );
    // Tom phoned, but if he gave an address too: months on, an e-mail waits to be read where a call interrupts.
    const addressed = panel.interviewers.map((person) =>
      person.name === 'Tom Kessler' ? { ...person, email: 'tom@stbrigids.example' } : person,
    );
    const [written] = composeNotes({ ...panel, interviewers: addressed }, 'stay-in-touch', { to: 'Tom' });
    expect([written!.by === 'phone', written!.address]).toEqual([false, 'tom@stbrigids.example']);
    expect(written!.body).toMatch(/^(Dear|Hi) Tom,\n/);
  });
});

describe('the follow-ups the session shows', () => {
  it('an e-mail to each writer and the follow-up call to each caller, in interview order', () => {
    expect(followUpNotes(acme).map((note) => `${note.kind} -> ${note.to} <${note.address}>`)).toEqual([
      'follow-up -> Priya Raghunathan <priya@acme.example>',
      'voicemail -> Sam Ortiz <+1 555 0101>',
    ]);
  });

  it('only calls when everyone phoned, where an e-mail follow-up has nobody to go to', () => {
    expect(followUpNotes(panel).map((note) => `${note.kind} -> ${note.to}`)).toEqual(
      panel.interviewers.map((person) => `voicemail -> ${person.name}`),
    );
    expect(() => composeNotes(panel, 'follow-up')).toThrow();
  });
});

describe('the thank-you call', () => {
  it.each(TONES)('says the strength once, as every written thank-you does (%s), and never "your time on"', (tone) => {
    const strength = 'my nine years on the line';
    const notes = composeNotes({ ...panel, tone, strength }, 'thank-you').filter((note) => note.by === 'phone');
    expect(notes.length).toBeGreaterThan(1);
    for (const note of notes) {
      expect({ to: note.to, times: note.body.split(strength).length - 1 }).toEqual({ to: note.to, times: 1 });
      expect(note.body).not.toMatch(/\btime on the\b/);
    }
  });
});

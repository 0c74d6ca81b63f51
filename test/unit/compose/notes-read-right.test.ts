// Notes that must read right for the one person they are for: after a no (no "good luck with
// the search": theirs is over), for a phone-only person after a no (a call script, not an e-mail
// with no address), in a second round (someone met again is greeted as met again), and with the
// personal detail set where it belongs, in a sentence of its own kind, whatever shape it was typed in.
import { describe, expect, it } from 'vitest';
import { createComposer } from '../../../src/compose/compose.js';
import { detailAbout } from '../../../src/compose/detail.js';
import { loadTemplates } from '../../../src/compose/template-files.js';
import { TONES, type Interview, type Interviewer } from '../../../src/model/types.js';

const { composeNotes, reviewNotes } = createComposer(loadTemplates());

const person = (name: string, topic: string, more: Partial<Interviewer> = {}): Interviewer => ({
  name,
  title: 'Pharmacist',
  email: `${name.split(' ')[0]!.toLowerCase()}@stbrigids.example`,
  medium: 'email',
  topics: [topic],
  ...more,
});

/** The St. Brigid's panel from the report: five people so every phrasing of every paragraph is used. */
const brigid: Interview = {
  id: 'st-brigid-s-hospital-clinical-pharmacist',
  candidate: { name: 'Maren Holloway', email: 'maren@example.com', phone: '+1 555 0142' },
  company: "St. Brigid's Hospital",
  role: 'Clinical Pharmacist',
  date: '2026-11-30',
  format: 'onsite',
  timeframe: { text: 'by the end of next week', date: '2026-12-11' },
  status: 'not-selected',
  sent: [],
  recruiter: { name: 'Gail Porter', email: 'gail@stbrigids.example' },
  interviewers: [
    person('Dr. Oluwaseun Adébáyọ̀', 'the antimicrobial stewardship program'),
    person('Siobhán Ní Bhriain', 'how pharmacists round with nursing on the infusion floor'),
    person('Tom Kessler', 'moving the formulary into the new EHR', { email: undefined, phone: '+1 555 0177', medium: 'phone' }),
    person('Priya Natarajan', 'how night shift covers the emergency department'),
    person('Ana Ruiz', 'checking sterile compounding'),
  ],
};

const TOPIC_CLAUSES = [
  'how pharmacists round with nursing on the infusion floor',
  'moving the formulary into the new EHR',
  'the antimicrobial stewardship program',
];

describe('after a no', () => {
  it.each(TONES)('never wishes them luck with a search that is over (%s)', (tone) => {
    for (const note of composeNotes({ ...brigid, tone }, 'not-selected')) {
      expect({ to: note.to, search: /\bsearch\b/i.test(note.body) }).toEqual({ to: note.to, search: false });
    }
  });

  it.each(TONES)('ends every topic with its clause, so "how ..." and gerund topics read right (%s)', (tone) => {
    // Every phrasing, for every kind a person gets, with each topic shape in every slot.
    for (const topic of TOPIC_CLAUSES) {
      const panel = { ...brigid, tone, interviewers: brigid.interviewers.map((p) => ({ ...p, topics: [topic] })) };
      for (const kind of ['thank-you', 'follow-up', 'not-selected', 'stay-in-touch'] as const) {
        const status = kind === 'not-selected' ? 'not-selected' : 'waiting';
        for (const note of composeNotes({ ...panel, status }, kind)) {
          if (note.by === 'phone') continue;
          const after = note.body.split(topic).slice(1);
          expect({ to: note.to, kind, mentions: after.length > 0 }).toEqual({ to: note.to, kind, mentions: true });
          // What follows the topic ends its clause: a comma, a full stop or a semicolon, never "even so".
          for (const rest of after)
            expect({ to: note.to, kind, next: rest.slice(0, 1) }).toMatchObject({ next: expect.stringMatching(/^[,.;]$/) });
        }
      }
    }
  });

  it('thanks Siobhán for the talk without splicing "even so" onto the topic', () => {
    const brief = composeNotes({ ...brigid, tone: 'brief' }, 'not-selected', { to: 'Siobhan' })[0]!;
    expect(brief.body).not.toContain('floor even so');
    expect(brief.body).toContain('Hi Siobhán,\n');
  });

  it('gives Tom, who only used the phone, a call script with his number instead of an e-mail', () => {
    for (const tone of TONES) {
      const [tom] = composeNotes({ ...brigid, tone }, 'not-selected', { to: 'Tom' });
      expect([tom!.by, tom!.address]).toEqual(['phone', '+1 555 0177']);
      expect(tom!.subject).toBe('Thank-you call after the decision: Clinical Pharmacist');
      expect(tom!.body).toMatch(/^(Hello|Hi) Tom, this is Maren Holloway, at 555 0142\.\n\nI (heard|understand)/);
      expect(tom!.body).toContain('moving the formulary into the new EHR.');
      expect(tom!.body).not.toMatch(/Dear|maren@example\.com|Subject:/);
    }
  });

  it('thanks the one who told the news for telling it, in the call too', () => {
    const [tom] = composeNotes({ ...brigid, toldBy: 'Tom Kessler' }, 'not-selected', { to: 'Tom' });
    expect(tom!.body).toContain('\n\nThank you for letting me know about the Clinical Pharmacist role yourself. ');
  });

  it('does not add a voicemail beside the call script in the review', () => {
    expect(reviewNotes(brigid).map((note) => `${note.kind} -> ${note.to}`)).toEqual([
      'not-selected -> Dr. Oluwaseun Adébáyọ̀',
      'not-selected -> Siobhán Ní Bhriain',
      'not-selected -> Tom Kessler',
      'not-selected -> Priya Natarajan',
      'not-selected -> Ana Ruiz',
      // No contact request: Tom's number is all his call needs, and everyone else has an e-mail.
    ]);
  });
});

describe('the personal detail', () => {
  // One shape on each person, so over the five of them every shape meets every phrasing in turn.
  const SHAPES = [
    'We both ran the Chicago marathon.',
    'she precepted night-shift new grads for ten years',
    'I grew up in Valencia too',
    'our shared love of sourdough',
    'has worked on the unit for nineteen years',
  ];
  const byMail = brigid.interviewers.map((p) => ({ ...p, email: p.email ?? 'tom@stbrigids.example', medium: 'email' as const }));
  const panels = SHAPES.map((_, shift) => ({
    ...brigid,
    interviewers: byMail.map((p, i) => ({ ...p, detail: SHAPES[(i + shift) % SHAPES.length] })),
  }));
  /** The sentence of the note that carries the detail, or null. */
  const carrying = (body: string, about: string) =>
    body.split(/(?<=[.!?])\s+|\n+/).find((sentence) => sentence.endsWith(` ${about}.`)) ?? null;

  it.each(TONES)('ends a sentence of the thank-you that says the two talked about it (%s)', (tone) => {
    for (const panel of panels) {
      const notes = composeNotes({ ...panel, tone, status: 'waiting' }, 'thank-you');
      for (const [i, note] of notes.entries()) {
        const about = detailAbout(panel.interviewers[i]!.detail!, tone === 'formal');
        const sentence = carrying(note.body, about);
        expect({ to: note.to, sentence }).toEqual({
          to: note.to,
          sentence: expect.stringMatching(/\b(talk(ing|ed)?|speak|spoke|chat|exchange|conversation) about |\bdiscuss /),
        });
        // Never pasted in bare, as the typed words alone after a full stop.
        expect(note.body).not.toContain(`. ${panel.interviewers[i]!.detail}`);
      }
    }
  });

  it('reads as the reader\'s own story for a "she" or a bare verb, and as the candidate\'s for "I"', () => {
    const [first, second, third] = composeNotes(panels[1]!, 'thank-you');
    expect(first!.body).toContain(' how you precepted night-shift new grads for ten years.');
    expect(second!.body).toContain(' how I grew up in Valencia.');
    expect(third!.body).toContain(' something more personal: our shared love of sourdough.');
    const formal = composeNotes({ ...panels[1]!, tone: 'formal' }, 'thank-you');
    expect(formal[2]!.body).toContain(' a more personal matter: our shared love of sourdough.');
  });

  it.each(['warm', 'formal'] as const)('reminds the reader who wrote, in the stay-in-touch note (%s)', (tone) => {
    for (const panel of panels) {
      for (const [i, note] of composeNotes({ ...panel, tone }, 'stay-in-touch').entries()) {
        const about = detailAbout(panel.interviewers[i]!.detail!, tone === 'formal');
        expect({ to: note.to, sentence: carrying(note.body, about) }).toEqual({
          to: note.to,
          sentence: expect.stringMatching(/\b(remember|recall|place me)\b/),
        });
      }
    }
  });

  it.each(TONES)('is left out of the note after a no, where a personal aside reads as not having heard (%s)', (tone) => {
    for (const panel of panels) {
      for (const [i, note] of composeNotes({ ...panel, tone }, 'not-selected').entries()) {
        const typed = panel.interviewers[i]!.detail!;
        const words = typed.replace(/[.]$/, '').split(' ').slice(-3).join(' ');
        expect({ to: note.to, has: note.body.includes(words) }).toEqual({ to: note.to, has: false });
      }
    }
  });
});

describe('a second round', () => {
  const round1: Interview = {
    ...brigid,
    id: 'lakeview-middle-school-school-librarian',
    company: 'Lakeview Middle School',
    role: 'School Librarian',
    date: '2026-11-20',
    status: 'waiting',
    interviewers: [person('Principal Dana Whitfield', 'the reading program'), person('Raúl Mendoza', 'new teachers')],
  };
  const round2: Interview = {
    ...round1,
    id: 'lakeview-middle-school-school-librarian-round-2',
    round: 2,
    date: '2026-11-30',
    interviewers: [person('Raúl Mendoza', 'a budget for graphic novels'), person('Keisha Brown', 'the makerspace')],
  };
  const saved = [round1, round2];

  it.each(TONES)('greets Raúl, met in round 1, as met again, and Keisha as met for the first time (%s)', (tone) => {
    for (const v of [0, 1, 2, 3, 4]) {
      // Each index is a different phrasing: put Raúl at every one of them.
      const others = Array.from({ length: v }, (_, i) => person(`Filler Person${i}`, 'filler'));
      const interview = { ...round2, tone, interviewers: [...others, ...round2.interviewers] };
      const [raul, keisha] = composeNotes(interview, 'thank-you', { saved }).slice(v);
      expect({ v, again: /\bagain\b|\bfurther meeting\b|another good conversation/.test(raul!.body.split('\n\n')[1]!) }).toEqual({
        v,
        again: true,
      });
      expect(raul!.body).not.toMatch(/(good|pleasure) to meet you/);
      expect({ v, again: /\bagain\b/.test(keisha!.body.split('\n\n')[1]!) }).toEqual({ v, again: false });
    }
  });

  it('says in the subject that this is the second round', () => {
    const [raul] = composeNotes(round2, 'thank-you', { to: 'Raul', saved });
    expect(raul!.subject).toBe('Thank you: School Librarian interview, second round');
    expect(composeNotes(round1, 'thank-you', { to: 'Raul', saved })[0]!.subject).toBe('Thank you: School Librarian interview');
    expect(composeNotes({ ...round2, round: 3 }, 'thank-you', { to: 'Raul' })[0]!.subject).toBe(
      'Thank you: School Librarian interview, third round',
    );
  });

  it('without the saved rounds, nobody is taken for met before', () => {
    const [raul] = composeNotes({ ...round2, tone: 'brief' }, 'thank-you', { to: 'Raul' });
    expect(raul!.body.split('\n\n')[1]).not.toMatch(/\bagain\b/);
  });
});

describe('greetings in the notes', () => {
  const titles = { ...brigid, status: 'waiting' as const, formality: 'titles' as const };

  it('greets a title with the surname: Principal Whitfield, not Principal Dana', () => {
    const panel = {
      ...brigid,
      status: 'waiting' as const,
      interviewers: [person('Principal Dana Whitfield', 'the reading program')],
    };
    for (const tone of TONES) {
      expect(composeNotes({ ...panel, tone }, 'thank-you')[0]!.body).toMatch(/^(Dear|Hi) Principal Whitfield,\n/);
    }
  });

  it('with titles and no title known, a letter says "Dear" and the whole name, even in the brief tone', () => {
    // Someone who wrote to the candidate but left no address, so there is something to ask Gail for.
    const unlisted = person('Ruth Okafor', 'the residency program', { email: undefined });
    const [contact] = composeNotes(
      { ...titles, tone: 'brief', interviewers: [...titles.interviewers, unlisted] },
      'contact-request',
    );
    expect(contact!.body).toMatch(/^Dear Gail Porter,\n/);
    const [ana] = composeNotes({ ...titles, tone: 'brief' }, 'thank-you', { to: 'Ana' });
    expect(ana!.body).toMatch(/^Dear Ana Ruiz,\n/);
  });

  it('with titles and no title known, a call opens with "Hello" alone, never "Hello Tom Kessler"', () => {
    const [call] = composeNotes(titles, 'thank-you', { to: 'Tom' });
    expect(call!.body).toMatch(/^Hello, this is Maren Holloway, at /);
    const [voicemail] = composeNotes(titles, 'voicemail', { to: 'Tom' });
    expect(voicemail!.body).toMatch(/^Hello, this is Maren Holloway, at /);
    const [named] = composeNotes(
      {
        ...titles,
        interviewers: titles.interviewers.map((p) => (p.name === 'Tom Kessler' ? { ...p, greeting: 'Mr. Kessler' } : p)),
      },
      'thank-you',
      { to: 'Tom' },
    );
    expect(named!.body).toMatch(/^Hello, Mr\. Kessler, this is Maren Holloway, at /);
  });
});

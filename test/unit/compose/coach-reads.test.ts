// What a careful reader minds in a note, each a fault a trial user found in our own notes: a topic
// with commas run into the list around it, a thank-you that thanks three times and names the
// company and role twice, dates written as a calendar writes them, an organisation without its
// "the", and a second round's thank-you that retells the first round's personal detail.
import { describe, expect, it } from 'vitest';
import { createComposer } from '../../../src/compose/compose.js';
import { loadTemplates } from '../../../src/compose/template-files.js';
import { TONES, type Interview, type Interviewer, type NoteKind } from '../../../src/model/types.js';
import { SAMPLES } from './samples.js';

const { composeNotes } = createComposer(loadTemplates());
const acme = SAMPLES.acme!;

function panel(people: readonly Partial<Interviewer>[], fields: Partial<Interview> = {}): Interview {
  return {
    ...acme,
    recruiter: undefined,
    interviewers: people.map((person, i) => ({
      name: `Person ${String.fromCharCode(65 + i)} Example`,
      title: 'Engineer',
      email: `p${i}@acme.example`,
      medium: 'email' as const,
      topics: ['API design'],
      ...person,
    })),
    ...fields,
  };
}

const WRITTEN: readonly NoteKind[] = ['thank-you', 'follow-up', 'not-selected', 'stay-in-touch'];

describe('a topic that holds commas', () => {
  const topics = ['pricing, packaging and launch', 'the sales team'];
  it.each(TONES)('stays whole in every written note that lists the topics (%s)', (tone) => {
    const interview = panel(
      [0, 1, 2, 3, 4].map(() => ({ topics })),
      { tone },
    );
    let listed = 0;
    for (const kind of WRITTEN) {
      const standing =
        kind === 'not-selected' || kind === 'stay-in-touch' ? { ...interview, status: 'not-selected' as const } : interview;
      for (const note of composeNotes(standing, kind)) {
        // Never "pricing, packaging and launch and the sales team" or "..., packaging and launch, as well as".
        expect(note.body).not.toMatch(/launch,? (and|as well as) the sales team/);
        if (note.body.includes('the sales team')) {
          expect(note.body).toContain('pricing, packaging and launch; and the sales team');
          listed += 1;
        }
      }
    }
    // The brief tone names only the first topic, whole; the others list them all in the thank-you
    // (one per person), and the later notes come back to the first topic only.
    expect(listed).toBe(tone === 'brief' ? 0 : 5);
  });
});

describe('dates in running text', () => {
  // The trial's stay-in-touch note: met on Friday 27 November, told no on the 30th, written on
  // 3 December, sent three months after the news, in February.
  const told = panel([{}, { medium: 'phone', email: undefined, phone: '+44 20 7946 0000' }], {
    date: '2026-11-27',
    status: 'not-selected',
    statusOn: '2026-11-30',
  });
  it.each(TONES)('the stay-in-touch note says "on 27 November about", without weekday, year or comma (%s)', (tone) => {
    const notes = composeNotes({ ...told, tone }, 'stay-in-touch', { dateStyle: { locale: 'en-GB', today: '2026-12-03' } });
    expect(notes).toHaveLength(2);
    for (const note of notes) {
      expect(note.body).toMatch(/\b27 November\b/);
      expect(note.body).not.toMatch(/Friday|2026|27 November, (about|for|regarding|concerning)/);
    }
  });
  it('an American date that needs its year closes with a comma in mid-sentence, as it opens with one', () => {
    const [note] = composeNotes({ ...told, tone: 'brief' }, 'stay-in-touch', { to: 'Person A' });
    expect(note!.body).toMatch(/November 27, 2026,? /);
    expect(note!.body).not.toMatch(/November 27, 2026 [a-z]/);
  });
});

describe('an organisation that takes "the"', () => {
  const kinds: readonly NoteKind[] = ['thank-you', 'follow-up', 'voicemail', 'not-selected', 'stay-in-touch'];
  const people = [0, 1, 2, 3, 4].map((i) =>
    i === 4 ? { medium: 'phone' as const, email: undefined, phone: '+1 555 0199' } : {},
  );
  const notesFor = (company: string) =>
    TONES.flatMap((tone) =>
      kinds.flatMap((kind) => {
        const interview = panel(people, {
          company,
          tone,
          ...(kind === 'not-selected' || kind === 'stay-in-touch' ? { status: 'not-selected' as const } : {}),
        });
        return composeNotes(interview, kind).map((note) => `${note.subject}\n${note.body}`);
      }),
    );

  it('is "the Caledonian Isles Carillon Trust" in every note, inside a sentence and at its start', () => {
    const notes = notesFor('Caledonian Isles Carillon Trust');
    const all = notes.join('\n');
    // Every mention has its article, lower case inside a sentence and capital at its start.
    expect(all.match(/(?<!the |The )Caledonian Isles Carillon Trust/g) ?? []).toEqual([]);
    expect(all).toMatch(/\b(at|join) the Caledonian Isles Carillon Trust\b/);
    expect(all).toMatch(/(^|[.?!] )The Caledonian Isles Carillon Trust (is|remains)\b/m);
    expect(all).not.toMatch(/[a-z,] The Caledonian/);
  });

  it.each(['The Lighthouse Trust', 'Acme', 'Stripe'])('is never given a "the" it does not take: %s', (company) => {
    const all = notesFor(company).join('\n');
    const bare = company.replace(/^The /, '');
    expect(all).not.toMatch(new RegExp(`\\b[Tt]he [Tt]he ${bare}`));
    if (company === 'The Lighthouse Trust') expect(all).toMatch(/\b(at|join) The Lighthouse Trust\b/);
    else {
      expect(all).not.toMatch(new RegExp(`\\b[Tt]he ${company}`));
      expect(all).toMatch(new RegExp(`\\b(at|join) ${company}\\b`));
    }
  });
});

describe('a thank-you thanks once and names the company and the role once', () => {
  const company = 'Brightwater Analytics';
  const role = 'Data Platform Lead';
  const base = (tone: (typeof TONES)[number], extra: Partial<Interviewer>, fields: Partial<Interview> = {}) =>
    panel(
      [0, 1, 2, 3, 4, 5, 6].map((i) =>
        i === 6 ? { medium: 'phone' as const, email: undefined, phone: '+1 555 0199', ...extra } : extra,
      ),
      { company, role, tone, recruiter: { name: 'Alex Kim', email: 'alex@brightwater.example' }, ...fields },
    );
  // Every optional answer that adds a sentence, alone and together, and a second round.
  const extras: Array<[string, Partial<Interviewer>, Partial<Interview>]> = [
    ['plain', {}, {}],
    ['detail', { detail: 'we both grew up near the coast' }, {}],
    ['addition', { addition: 'the dashboard mock-up I mentioned' }, {}],
    ['strength', {}, { strength: 'my six years running data pipelines' }],
    ['via the recruiter', {}, { via: { name: 'Alex Kim', notes: 'thank-you' } }],
  ];
  const cases = TONES.flatMap((tone) =>
    extras.map(([label, extra, fields]) => [`${tone}, ${label}`, base(tone, extra, fields)] as const),
  );

  /** The note's own words to its reader: no line to a go-between, no sign-off or signature. */
  const ownWords = (interview: Interview, note: ReturnType<typeof composeNotes>[number]) => {
    const body = note.via ? note.body.slice(note.via.cover.length) : note.body;
    const lines = body.trim().split('\n');
    const signature = lines.indexOf(interview.candidate.name);
    return signature === -1 ? lines.join('\n') : lines.slice(0, signature - 1).join('\n');
  };
  const count = (text: string, pattern: RegExp) => (text.match(pattern) ?? []).length;

  it.each(cases)('%s: e-mail and call script alike', (_, interview) => {
    const notes = composeNotes(interview, 'thank-you');
    expect(notes.filter((note) => note.by === 'phone')).toHaveLength(1);
    if (interview.via) expect(notes.filter((note) => note.via !== undefined).length).toBeGreaterThan(4);
    for (const note of notes) {
      const own = ownWords(interview, note);
      expect({
        to: note.to,
        thanks: count(own, /\bthank(s|ed|ing)?\b|\bthank-you\b|\bgrateful\b/gi),
        company: count(own, new RegExp(company, 'g')),
        role: count(own, new RegExp(role, 'g')),
      }).toEqual({ to: note.to, thanks: 1, company: 1, role: 1 });
    }
  });

  it.each(TONES)('a second round does not thank twice either (%s)', (tone) => {
    const first = base(tone, {});
    const second = { ...first, id: `${first.id}-round-2`, round: 2, date: '2026-12-01' };
    for (const note of composeNotes(second, 'thank-you', { saved: [first] })) {
      const own = ownWords(second, note);
      expect({ to: note.to, thanks: count(own, /\bthank(s|ed|ing)?\b|\bgrateful\b/gi) }).toEqual({ to: note.to, thanks: 1 });
    }
  });
});

describe('lines a coach would never let through', () => {
  // Each one a trial reader's: stilted ("I have not forgotten our exchange"), self-pitying ("I now
  // know that I am not the final choice"), presuming ("as I know your schedule is full"), or a
  // second thanks three months on ("Thank you again for our talk").
  const AWKWARD = [
    /not forgotten/i,
    /not the final choice/i,
    /schedule is full/i,
    /thank you again for our talk/i,
    /not mine this time/i,
  ];
  const kinds: readonly NoteKind[] = ['thank-you', 'follow-up', 'voicemail', 'not-selected', 'stay-in-touch'];
  it.each(TONES)('appear in no note of any kind, for any of five people (%s)', (tone) => {
    const people = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) =>
      i % 3 === 2 ? { medium: 'phone' as const, email: undefined, phone: `+1 555 01${i}0` } : {},
    );
    let notes = 0;
    for (const kind of kinds) {
      const status = kind === 'not-selected' || kind === 'stay-in-touch' ? ('not-selected' as const) : ('waiting' as const);
      for (const note of composeNotes(panel(people, { tone, status }), kind)) {
        notes += 1;
        for (const awkward of AWKWARD)
          expect({ to: note.to, kind, awkward: awkward.exec(note.body)?.[0] ?? null }).toEqual({
            to: note.to,
            kind,
            awkward: null,
          });
      }
    }
    expect(notes).toBeGreaterThan(30);
  });
});

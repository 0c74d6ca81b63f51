// What every note must do, checked on every sample and kind: the properties the advice asks for,
// asserted directly so a template edit that breaks one fails here, not only in a golden diff.
import { namesItsDay } from '../../../src/model/timeframe-named.js';
import { describe, expect, it } from 'vitest';
import { createComposer } from '../../../src/compose/compose.js';
import { variantOf } from '../../../src/compose/context.js';
import { loadTemplates } from '../../../src/compose/template-files.js';
import { countWords, spokenPhone } from '../../../src/compose/words.js';
import { greetingOf } from '../../../src/model/greeting.js';
import { US_WITH_YEARS, formatDay } from '../../../src/model/dates.js';
import type { Interview, Interviewer, Note, NoteKind } from '../../../src/model/types.js';
import { messageOf, paragraphsOf, quotedOf, similarity, unquotedOf } from './note-parts.js';
import { thanked } from '../../helpers/thanked.js';
import { acme, SAMPLES } from './samples.js';

const { composeNotes, kindsFor } = createComposer(loadTemplates());
const PER_INTERVIEWER: readonly NoteKind[] = ['thank-you', 'follow-up', 'voicemail', 'not-selected', 'stay-in-touch'];

/** Each kind as it is written in life: a follow-up once the thank-yous went out (test/helpers/thanked.ts). */
function notesOf(interview: Interview, kind: NoteKind): Note[] {
  if (!kindsFor(interview).includes(kind) && kind !== 'not-selected' && kind !== 'stay-in-touch') return [];
  return composeNotes(kind === 'follow-up' ? thanked(interview) : interview, kind);
}

function personOf(interview: Interview, note: Note): Interviewer {
  const person = interview.interviewers.find((p) => p.name === note.to);
  if (!person) throw new Error(`no interviewer ${note.to}`);
  return person;
}

/** The text a note adds of its own: for a follow-up, without the quoted thank-you. */
/** The body without the one paragraph that asks for missing addresses (templates/partials/address-ask.hbs), when it has one. */
const withoutAsk = (note: Note) =>
  paragraphsOf(note.body)
    .filter((paragraph) => !note.asksFor?.some((name) => paragraph.includes(name)))
    .join('\n\n');
const ownText = (note: Note) => (note.kind === 'follow-up' ? unquotedOf(note) : note.body);

const cases = Object.entries(SAMPLES).flatMap(([sample, interview]) =>
  PER_INTERVIEWER.flatMap((kind) => notesOf(interview, kind).map((note) => ({ sample, interview, kind, note }))),
);

/** The candidate's number as a call to this note's reader says it. */
function saidTo(interview: Interview, note: Note): string {
  return spokenPhone(interview.candidate.phone, personOf(interview, note).phone ?? null);
}

describe('every note to an interviewer', () => {
  it.each(cases.map((c) => [`${c.sample} ${c.kind} -> ${c.note.to}`, c] as const))('%s', (_, { interview, note }) => {
    const person = personOf(interview, note);
    const text = ownText(note);
    const firstLine = text.split('\n')[0];
    const greeting = greetingOf(person, interview.formality);
    if (note.by === 'phone')
      expect(firstLine).toMatch(new RegExp(`^(Hello|Hi) ${greeting}, this is ${interview.candidate.name}, `));
    else expect(firstLine).toBe(`Dear ${greeting},`);

    // Something discussed with this person, and nothing discussed only with someone else.
    expect(person.topics.some((topic) => text.includes(topic))).toBe(true);
    for (const other of interview.interviewers.filter((p) => p !== person)) {
      // The thank-you that carries the contact request names whose address it asks for, and nothing else of theirs.
      if (!note.asksFor?.includes(other.name)) expect(text).not.toContain(other.name);
      for (const topic of other.topics.filter((t) => !person.topics.includes(t))) expect(text).not.toContain(topic);
    }

    expect(text).toContain(interview.role);
    expect(text).toContain(interview.company);
    expect(note.subject).toContain(interview.role);
    expect(text).toContain(interview.candidate.name);
    // A call says the number as the reader dials it (no country code at home); a written note signs with it whole.
    expect(text).toContain(note.by === 'phone' ? saidTo(interview, note) : interview.candidate.phone);
    if (note.by !== 'phone') expect(text).toContain(interview.candidate.email);
    // A caller is thanked by a call, also after a no, and a voicemail is a call: the header shows the number dialled.
    // Keeping in touch is a call only with no address to write to.
    const byPhone =
      note.kind === 'voicemail' ||
      ((note.kind === 'thank-you' || note.kind === 'not-selected') && person.medium === 'phone') ||
      (note.kind === 'stay-in-touch' && !person.email && Boolean(person.phone));
    expect([note.by, note.address]).toEqual(byPhone ? ['phone', person.phone] : [undefined, person.email]);
  });
});

describe('thank-you notes', () => {
  const thankYous = cases.filter((c) => c.kind === 'thank-you' && c.note.by !== 'phone');

  it('land between 100 and 180 words, greeting to sign-off at least 100, signature included at most 180', () => {
    for (const { interview, note } of thankYous) {
      expect({ to: note.to, words: countWords(messageOf(note, interview.candidate)) >= 100 }).toEqual({
        to: note.to,
        words: true,
      });
      expect({ to: note.to, words: countWords(note.body) <= 180 }).toEqual({ to: note.to, words: true });
    }
  });

  it('stay in range for every phrasing, one to three topics, with and without a personal detail', () => {
    const topicSets = [['API design'], ['API design', 'code review'], ['API design', 'code review', 'hiring']];
    const longTopics = [
      'moving the nightly batch jobs to an event-driven pipeline on Kafka',
      'how the on-call rotation is shared between the platform and product groups',
      'the plan to retire the legacy billing service by the end of next year',
    ];
    for (const topics of [...topicSets, longTopics]) {
      for (const detail of [undefined, 'we both spent a year teaching English in Japan before switching careers']) {
        const people = Array.from({ length: 9 }, (_, i) => ({
          name: `Person ${String.fromCharCode(65 + i)}`,
          title: 'Engineer',
          email: `p${i}@example.com`,
          medium: 'email' as const,
          topics,
          detail,
        }));
        const interview = { ...acme, role: 'QA Lead', company: 'Ion', interviewers: people };
        for (const note of composeNotes(interview, 'thank-you')) {
          const words = [countWords(messageOf(note, interview.candidate)), countWords(note.body)];
          expect({
            topics: topics.length,
            detail: Boolean(detail),
            to: note.to,
            ok: words[0]! >= 100 && words[1]! <= 180,
            words,
          }).toMatchObject({ ok: true });
        }
      }
    }
  });

  it('join topics into one noun phrase that reads right whatever the topics are', () => {
    const one = composeNotes({ ...acme, interviewers: [{ ...acme.interviewers[0]!, topics: ['Kafka'] }] }, 'thank-you')[0]!;
    const three = composeNotes(
      { ...acme, interviewers: [{ ...acme.interviewers[0]!, topics: ['Kafka', 'on-call', 'hiring'] }] },
      'thank-you',
    )[0]!;
    // A topic ends its clause, so the list is followed by punctuation ("about how on-call works, which").
    expect(one.body).toMatch(/ Kafka[,.]/);
    expect(three.body).toMatch(/ Kafka, on-call and hiring[,.]/);
  });

  it('in the brief tone, every written note runs 70 to 110 words of its own, signature included', () => {
    for (const interview of Object.values(SAMPLES)) {
      for (const kind of ['thank-you', 'follow-up', 'not-selected', 'stay-in-touch'] as const) {
        for (const note of composeNotes(
          { ...interview, tone: 'brief' },
          kind === 'follow-up' && !kindsFor(interview).includes(kind) ? 'stay-in-touch' : kind,
        )) {
          if (note.by === 'phone') continue;
          const words = countWords(note.kind === 'follow-up' ? unquotedOf(note) : withoutAsk(note));
          expect({ kind: note.kind, to: note.to, words, ok: words >= 70 && words <= 110 }).toMatchObject({ ok: true });
        }
      }
    }
  });

  it('in the brief tone run 70 to 110 words with a strength too, signature included', () => {
    for (const interview of Object.values(SAMPLES)) {
      for (const note of composeNotes(
        { ...interview, tone: 'brief', strength: 'ten years of shipping backend services' },
        'thank-you',
      )) {
        if (note.by === 'phone') continue;
        const words = countWords(withoutAsk(note));
        expect({ to: note.to, words, ok: words >= 70 && words <= 110 }).toMatchObject({ ok: true });
      }
    }
  });

  it('to a caller are a call script: greeting, name and number, the thanks in one sentence, the number again, under 75 words', () => {
    const calls = cases.filter((c) => c.kind === 'thank-you' && c.note.by === 'phone');
    expect(calls.length).toBeGreaterThanOrEqual(3);
    for (const { interview, note } of calls) {
      const [intro, thanks, end, ...rest] = paragraphsOf(note.body);
      expect(rest).toEqual([]);
      expect(intro).toContain(interview.candidate.name);
      expect(intro).toContain(saidTo(interview, note));
      expect(thanks!.match(/[.?]/g)).toHaveLength(1);
      expect(thanks).toMatch(/\bthank/i);
      expect(end).toContain(saidTo(interview, note));
      expect(countWords(note.body)).toBeLessThan(75);
    }
  });

  it('subject names the role', () => {
    for (const { interview, note } of thankYous) expect(note.subject).toBe(`Thank you: ${interview.role} interview`);
  });

  it('do not read alike for different interviewers of one interview', () => {
    for (const interview of Object.values(SAMPLES)) {
      const notes = composeNotes(interview, 'thank-you');
      for (const [i, a] of notes.entries()) {
        for (const b of notes.slice(i + 1))
          expect({ pair: [a.to, b.to], close: similarity(a.body, b.body) > 0.5 }).toEqual({ pair: [a.to, b.to], close: false });
      }
    }
  });

  it('choose phrasings so that the first five differ in every paragraph, and any two of nine in two or more', () => {
    for (const seed of [0, 3]) {
      const five = Array.from({ length: 5 }, (_, i) => variantOf(i, seed));
      for (const part of ['open', 'middle', 'close'] as const) expect(new Set(five.map((v) => v[part])).size).toBe(5);
    }
    const variants = Array.from({ length: 9 }, (_, i) => variantOf(i));
    for (const [i, a] of variants.entries()) {
      for (const b of variants.slice(i + 1)) {
        const differing = (['open', 'middle', 'close'] as const).filter((part) => a[part] !== b[part]).length;
        expect(differing).toBeGreaterThanOrEqual(2);
      }
    }
  });
});

describe('follow-up notes', () => {
  const followUps = cases.filter((c) => c.kind === 'follow-up');

  it('reply in the thank-you thread, quote it below the body, and say the resume is attached only when there is one', () => {
    expect(followUps.length).toBeGreaterThan(5);
    for (const { interview, note } of followUps) {
      // The thank-you as it reads now that it is on record (a note logged without its text is quoted so).
      const [thankYou] = composeNotes(thanked(interview), 'thank-you', { to: note.to });
      const sent = interview.sent.find((e) => e.kind === 'thank-you' && e.to === note.to && e.body);
      expect(note.subject).toBe(`Re: ${sent?.subject ?? thankYou!.subject}`);
      expect(note.quotes).toBe(sent?.body ?? thankYou!.body);
      expect(quotedOf(note)).toBe(note.quotes);
      expect(
        note.body.endsWith(
          note
            .quotes!.split('\n')
            .map((l) => (l ? `> ${l}` : '>'))
            .join('\n'),
        ),
      ).toBe(true);
      const resume = interview.candidate.resume;
      expect({ to: note.to, attach: /\battach/.test(unquotedOf(note)) }).toEqual({ to: note.to, attach: Boolean(resume) });
      expect(note.attachments).toEqual(resume ? [resume.split(/[\\/]/).at(-1)] : []);
      if (resume) expect(unquotedOf(note)).toContain(`(${note.attachments[0]})`);
      const words = countWords(unquotedOf(note));
      expect({ to: note.to, words, ok: words >= 60 && words <= 140 }).toMatchObject({ ok: true });
    }
  });

  it('quote the thank-you from the sent log with its date when the log has its text', () => {
    const [ines] = composeNotes(SAMPLES.harbor!, 'follow-up', { to: 'Ines Carvalho' });
    expect(ines!.body).toContain(
      '\n\nOn November 20, 2026, Alex Morgan wrote:\n> Dear Ines Carvalho,\n>\n> Thank you for meeting with me today',
    );
    expect(unquotedOf(ines!)).toContain('November 20, 2026');
    // Tom's thank-you is logged without its text: quoted as it reads now, with the day it was sent.
    const harbor = SAMPLES.harbor!;
    const byMail = { ...harbor, interviewers: harbor.interviewers.map((p) => ({ ...p, medium: 'email' as const })) };
    const [tom] = composeNotes(byMail, 'follow-up', { to: 'Tom Becker' });
    expect(tom!.body).toContain('\n\nOn November 20, 2026, Alex Morgan wrote:\n> Dear Tom,');
    // Nothing logged: nothing is quoted and no earlier note is claimed (Tom may never have had
    // one); the follow-up thanks him for the interview itself, under a subject of its own.
    const [fresh] = composeNotes({ ...byMail, sent: [] }, 'follow-up', { to: 'Tom Becker' });
    expect(fresh).toMatchObject({ subject: 'Following up: QA Lead interview', quotes: undefined, noEarlierNote: true });
    expect(fresh!.body).not.toMatch(/wrote:|^>|below|thank-you|my (earlier |last )?note/im);
    expect(fresh!.body).toContain('Thank you for meeting with me on November 20, 2026. I am still very interested');
  });
});

describe('voicemail scripts', () => {
  const scripts = cases.filter((c) => c.kind === 'voicemail');
  const digits = (text: string) => text.replace(/\D/g, '');

  it('give name and number first, the reason in one sentence, the number again slowly at the end, in under 75 words', () => {
    expect(scripts.length).toBeGreaterThanOrEqual(4);
    for (const { interview, note } of scripts) {
      const [intro, reason, end, ...rest] = paragraphsOf(note.body);
      expect(rest).toEqual([]);
      expect(intro).toContain(interview.candidate.name);
      expect(intro).toContain(saidTo(interview, note));
      expect(intro).toMatch(/\b(busy|time is short|a lot on|a lot going on|full day|a moment)\b/);
      expect(reason!.replace(/\bSt\./g, 'St').match(/[.?]/g)).toHaveLength(2);
      const lastSentences = end!.split(/(?<=\.) /);
      expect(digits(end!)).toContain(digits(saidTo(interview, note)));
      expect(end).toContain(saidTo(interview, note));
      expect(lastSentences.at(-1)).toMatch(/^(Thank(s| you)\b|Take care)/);
      expect(countWords(note.body)).toBeLessThan(75);
    }
  });

  it('thank, follow up, or ask about other openings depending on what happened', () => {
    const reason = (note: Note) => paragraphsOf(note.body)[1];
    // While they decide, the call is the follow-up: it asks for news after the day they gave and
    // never thanks again (the thank-you call came first).
    expect(reason(composeNotes(acme, 'voicemail')[0]!)).toBe(
      "May I ask whether there is any news on the Senior Backend Engineer role at Acme Robotics? I remain very keen, and I enjoyed our talk about the robot fleet's OTA update pipeline.",
    );
    // A timeframe without a date: the same question, with no day to name.
    expect(reason(composeNotes(SAMPLES.harbor!, 'voicemail')[0]!)).toBe(
      'I am following up on the QA Lead role at Harbor Freight Labs, and I would be glad of any news. I am still keen, and I enjoyed our talk about the monthly release train.',
    );
    for (const { interview, note } of scripts.filter((c) => c.interview.status === 'waiting')) {
      expect(reason(note)).toMatch(/\bany news\b/);
      expect(reason(note)).not.toMatch(/\bthank/i);
      // The day is said only when their words named it ("Friday"), never a reading of "next week".
      const decision = interview.timeframe?.date;
      if (decision && namesItsDay(interview.timeframe!.text)) expect(reason(note)).toContain(formatDay(decision, US_WITH_YEARS));
      else if (decision) expect(reason(note)).not.toContain(formatDay(decision, US_WITH_YEARS));
    }
    expect(reason(composeNotes(SAMPLES.finch!, 'voicemail')[0]!)).toMatch(/considered for future openings at Finch Bank\.$/);
    // Only the person who told you the outcome is thanked for it.
    expect(reason(composeNotes(SAMPLES.finch!, 'voicemail')[0]!)).not.toMatch(/letting me know|the news|the outcome/);
    expect(reason(composeNotes({ ...SAMPLES.finch!, toldBy: 'Ravi Menon' }, 'voicemail')[0]!)).toMatch(
      /letting me know|the news|the outcome/,
    );
  });
});

describe('notes after a decision and later', () => {
  it('not-selected thanks anyway and asks to be considered for other openings', () => {
    for (const note of composeNotes(SAMPLES.finch!, 'not-selected').concat(composeNotes(SAMPLES.northwind!, 'not-selected'))) {
      expect(note.body).toMatch(/\bthank/i);
      expect(note.body).toMatch(/\b(considered|keep me in mind|think of me|any other opening|apply)\b/);
      expect(note.body).not.toMatch(/\b(decision|letting me know|telling me|the news|the outcome)\b/);
    }
  });

  it('not-selected thanks for the news only the person who told you', () => {
    const told = { ...SAMPLES.finch!, toldBy: 'Olga Ivanova' };
    const [olga, ravi] = composeNotes(told, 'not-selected');
    expect(olga!.body).toMatch(/\b(letting me know|the outcome|telling me|the news)\b/);
    expect(ravi!.body).not.toMatch(/\b(letting me know|the outcome|telling me|the news)\b/);
    for (const note of [olga!, ravi!]) expect(note.body).not.toMatch(/decision/);
    // The greeting name (as `status --told-by` may record it) names her as well as the full name.
    const [byGreeting] = composeNotes({ ...SAMPLES.finch!, toldBy: 'olga' }, 'not-selected');
    expect(byGreeting!.body).toBe(olga!.body);
  });

  it('is never written only after a no', () => {
    for (const kind of ['thank-you', 'follow-up'] as const) expect(kindsFor(SAMPLES.finch!)).not.toContain(kind);
    for (const note of [...composeNotes(SAMPLES.finch!, 'stay-in-touch'), ...composeNotes(SAMPLES.finch!, 'voicemail')]) {
      expect(note.body).not.toMatch(/decision/);
    }
  });

  it('stay-in-touch names the day you met', () => {
    for (const note of composeNotes(acme, 'stay-in-touch')) expect(note.body).toContain('on November 24, 2026');
  });
});

describe('the contact request', () => {
  it('goes to the recruiter, asks for the one missing address in a sentence and says what it is for, with no "only" that later notes would break', () => {
    const [note, ...others] = composeNotes(SAMPLES.northwind!, 'contact-request');
    expect(others).toEqual([]);
    expect(note).toMatchObject({ kind: 'contact-request', to: 'Grace Park', address: 'grace.park@northwind.example' });
    expect(note!.body.split('\n')[0]).toBe('Dear Grace,');
    expect(note!.body).toContain(
      '\n\nCould you please share the e-mail address of Lars Eriksson (Principal Engineer) with me? I would use it to say thank you and to keep in touch after the interview. I appreciate your help.\n\n',
    );
    // The coach writes to that address again (follow-ups, the reply to a no, keeping in touch).
    expect(note!.body).not.toMatch(/\bonly\b/);
    expect(note!.body).not.toMatch(/^- /m);
    expect(note!.body).toMatch(/thank-you note/);
    expect(note!.body).toContain('but I do not have an e-mail address for one of them.');
    expect(note!.subject).toBe('Contact details for a thank-you note: Full Stack Developer interview');
    expect(note!.subject).toContain('Full Stack Developer');
  });

  it('without a recruiter, asks an interviewer who has an address: in their thank-you, or in a request already on record', () => {
    const [thanks] = composeNotes(SAMPLES.lotus!, 'thank-you', { to: '王伟' });
    expect(thanks!.asksFor).toEqual(['Nguyễn Thị Lan']);
    const onRecord = { kind: 'contact-request' as const, to: '王伟', at: `${SAMPLES.lotus!.date}T17:00:00.000Z` };
    const [note] = composeNotes({ ...SAMPLES.lotus!, sent: [onRecord] }, 'contact-request');
    expect(note).toMatchObject({ to: '王伟', address: 'wang.wei@lotus.example' });
    expect(note!.body).toContain('Thank you again for meeting with me');
    expect(note!.body).toContain('Could you please share the e-mail address of Nguyễn Thị Lan (Senior SRE) with me?');
  });

  it('asks for a phone number for someone who used the phone', () => {
    const interview = { ...acme, interviewers: [acme.interviewers[0]!, { ...acme.interviewers[1]!, phone: undefined }] };
    const [note] = composeNotes(interview, 'contact-request');
    expect(note!.to).toBe('Dana Kim');
    expect(note!.body).toContain('Could you please share the phone number of Sam Ortiz (Staff Engineer) with me?');
    // It says what is missing, in the product's spelling: a number, not "contact details" or an "email".
    expect(note!.body).toContain('but I do not have a phone number for one of them.');
    expect(note!.body).not.toMatch(/email|contact details/);
  });

  it('lists the missing addresses when there are two or more, one line each', () => {
    const [priya, sam] = acme.interviewers;
    const interview = {
      ...acme,
      interviewers: [
        { ...priya!, email: undefined },
        { ...sam!, phone: undefined },
      ],
    };
    const [note] = composeNotes(interview, 'contact-request');
    expect(note!.body).toContain(
      '\n\nCould you please share the following with me?\n\n- the e-mail address of Priya Raghunathan (Engineering Manager)\n- the phone number of Sam Ortiz (Staff Engineer)\n\nI would use them to thank people for their time and to keep in touch after the interview. I appreciate your help.\n\n',
    );
  });
});

describe('words the checklist would flag', () => {
  const everyNote = Object.values(SAMPLES).flatMap((interview) =>
    (['thank-you', 'follow-up', 'voicemail', 'contact-request', 'not-selected', 'stay-in-touch'] as const).flatMap((kind) =>
      kindsFor(interview).includes(kind) ? composeNotes(interview, kind).map((note) => ({ interview, note })) : [],
    ),
  );

  it('never appear: no gifts, pressure, shouting, group salutations or third parties', () => {
    expect(everyNote.length).toBeGreaterThan(40);
    const banned =
      /!|\bASAP\b|^(?:dear|hi|hello)\b[^,\n]*\b(?:team|all)\b|\byou all\b|\bhello everyone\b|\burgent|\bimmediately\b|\bdeadline\b|\bgift|\bflowers?\b|\bcookies\b|\bswing by\b|\bon my behalf\b|\bwhy haven't\b|\bstill waiting\b|\byour loss\b|\bcheck in\b/im;
    for (const { note } of everyNote) {
      expect({ to: note.to, kind: note.kind, match: banned.exec(`${note.subject}\n${note.body}`)?.[0] ?? null }).toEqual({
        to: note.to,
        kind: note.kind,
        match: null,
      });
    }
  });

  it('use plain ASCII punctuation; only names, places and topics bring other characters', () => {
    for (const { interview, note } of everyNote) {
      let text = `${note.subject}\n${note.body}`;
      const data = [
        interview.company,
        interview.candidate.name,
        ...interview.interviewers.flatMap((p) => [p.name, greetingOf(p), ...p.topics, p.detail ?? '']),
      ];
      for (const value of data.filter(Boolean)) text = text.split(value).join('');
      expect(text).toMatch(/^[\x0a\x20-\x7e]*$/);
    }
  });
});

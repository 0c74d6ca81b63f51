// The notes of the trial run's two interviews (test/fixtures/interviews/brasa.json and
// van-der-berg.json), read by the people they went to: the phone-only chef hears her personal
// detail and an offer she can take up without an e-mail address, the second follow-up call says
// when the first was and repeats none of it, a titled reader is greeted "Dear" in every tone, and
// a British reader's follow-up attaches a CV.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createComposer } from '../../../src/compose/compose.js';
import { loadTemplates } from '../../../src/compose/template-files.js';
import { WEEKENDS_ONLY } from '../../../src/model/dates.js';
import type { DateStyle } from '../../../src/model/day-format.js';
import { parseInterviewText } from '../../../src/model/interview-file.js';
import { TONES, type Interview } from '../../../src/model/types.js';

const { composeNotes } = createComposer(loadTemplates());
const US: DateStyle = { locale: 'en-US', today: '2026-12-24' };

function fixture(name: string): Interview {
  const text = readFileSync(join(import.meta.dirname, `../../fixtures/interviews/${name}.json`), 'utf8');
  const result = parseInterviewText(text, { calendar: WEEKENDS_ONLY, dateStyle: US });
  if (!result.ok) throw new Error(`${name}.json does not parse`);
  return result.interview;
}

const brasa = fixture('brasa');
const vanDerBerg = fixture('van-der-berg');

const sentences = (text: string) =>
  text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);

describe("Chef Aoife's calls", () => {
  it.each(TONES)(
    'the thank-you call says what she told about herself and offers the prep list without sending it (%s)',
    (tone) => {
      const [call] = composeNotes({ ...brasa, tone }, 'thank-you', { to: 'Aoife', dateStyle: US });
      expect(call!.by).toBe('phone');
      expect(call!.body).toMatch(/\b(about|discuss) how you grew up in Galway\./);
      expect(call!.body).toContain('the prep list I use for brunch service');
      expect(call!.body).not.toMatch(/\b(send|e-?mail|attach)/i);
    },
  );

  it.each(TONES)('the second follow-up call says when the first was, and none of its sentences (%s)', (tone) => {
    const first = composeNotes({ ...brasa, tone }, 'voicemail', { to: 'Aoife', dateStyle: US })[0]!;
    const called = {
      ...brasa,
      tone,
      sent: [{ kind: 'voicemail' as const, to: 'Chef Aoife Ní Bhriain', at: '2026-12-14T15:00:00.000Z' }],
    };
    const second = composeNotes(called, 'voicemail', { to: 'Aoife', dateStyle: US })[0]!;
    // Ten days back: the day without its weekday, which no longer places it.
    expect(second.body).toContain('December 14');
    expect(second.body).not.toContain('Monday');
    // The date they gave has passed: the second call does not point at it.
    expect(second.body).not.toContain('December 11');
    const before = new Set(sentences(first.body).slice(1));
    expect(
      sentences(second.body)
        .slice(1)
        .filter((s) => before.has(s)),
    ).toEqual([]);
    // Marked sent a moment ago, the call on screen is still the first one.
    const today = composeNotes(called, 'voicemail', { to: 'Aoife', dateStyle: { ...US, today: '2026-12-14' } })[0]!;
    expect(today.body).toBe(first.body);
  });
});

describe('the second round at Van der Berg Infrastructure', () => {
  it('greets a title with "Dear" even in the brief tone', () => {
    const notes = composeNotes({ ...vanDerBerg, tone: 'brief' }, 'thank-you', { dateStyle: US });
    expect(notes.map((note) => note.body.split('\n')[0])).toEqual([
      'Dear Mr van der Berg,',
      'Dear Dr. García-López,',
      "Dear Sean O'Neill,",
      'Dear Ms Kim,',
    ]);
  });

  it('names the attachment by its file name, "Priyanka-Raman-CV.pdf" a CV for every reader, and by the locale without one', () => {
    const british = composeNotes(vanDerBerg, 'follow-up', { dateStyle: { locale: 'en-GB', today: '2026-12-15' } });
    const american = composeNotes(vanDerBerg, 'follow-up', { dateStyle: US });
    for (const note of [...british, ...american]) {
      expect(note.body.split(' wrote:')[0]).toMatch(/\bmy CV\b/i);
      expect(note.body.split(' wrote:')[0]).not.toMatch(/\bresume\b/i);
    }
    const unnamed = { ...vanDerBerg, candidate: { ...vanDerBerg.candidate, resume: '/home/p/Priyanka-Raman.pdf' } };
    for (const note of composeNotes(unnamed, 'follow-up', { dateStyle: US })) expect(note.body).toMatch(/\bmy resume\b/i);
    for (const note of composeNotes(unnamed, 'follow-up', { dateStyle: { locale: 'en-GB', today: null } }))
      expect(note.body).toMatch(/\bmy CV\b/i);
  });
});

describe('a follow-up says "again" only when the note it quotes carried the file', () => {
  const panelOf = (tone: 'warm' | 'formal' | 'brief') => ({ ...vanDerBerg, tone });
  const ownPart = (body: string) => body.split(' wrote:')[0]!;
  const again = /\b(again|once more|further copy)\b[^.]*\(Priyanka-Raman-CV\.pdf\)|\(Priyanka-Raman-CV\.pdf\)[^.]*\bagain\b/;

  it.each(['warm', 'formal', 'brief'] as const)('the first follow-up after a thank-you (%s) attaches it, not "again"', (tone) => {
    const notes = composeNotes(panelOf(tone), 'follow-up', { dateStyle: US });
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) {
      expect(ownPart(note.body)).toContain('(Priyanka-Raman-CV.pdf)');
      expect(ownPart(note.body)).not.toMatch(again);
    }
  });

  it.each(['warm', 'formal', 'brief'] as const)(
    'the second, quoting a follow-up that named it (%s), attaches it again',
    (tone) => {
      const first = composeNotes(panelOf(tone), 'follow-up', { dateStyle: US });
      const sent = first.map((note) => ({
        kind: 'follow-up' as const,
        to: note.to,
        at: '2026-12-14T18:00:00.000Z',
        subject: note.subject,
        body: note.body,
      }));
      const second = composeNotes({ ...panelOf(tone), sent }, 'follow-up', { dateStyle: { ...US, today: '2026-12-28' } });
      for (const note of second) expect(ownPart(note.body)).toMatch(again);
    },
  );
});

describe('a stay-in-touch note dates the interview as it will read when it goes out', () => {
  const no = (date: string, statusOn: string) => ({ ...vanDerBerg, date, status: 'not-selected' as const, statusOn });
  const opening = (interview: ReturnType<typeof no>, today: string) =>
    composeNotes(interview, 'stay-in-touch', { dateStyle: { locale: 'en-US', today } })
      .map((n) => n.body)
      .join('\n');

  it('across a year boundary, without weekday or year while the day is a few months back: "December 1" in a March note', () => {
    const body = opening(no('2026-12-01', '2026-12-10'), '2026-12-12');
    expect(body).toMatch(/ on December 1 (about|for|regarding|concerning|when)\b/);
    expect(body).not.toMatch(/Tuesday|December 1, 2026|, about/);
  });

  it('across a year boundary, with the year once the day is further back than four months', () => {
    // Met in August, told in October, written to in January: "August 3" alone would ask "which August?".
    const body = opening(no('2026-08-03', '2026-10-20'), '2026-10-21');
    expect(body).toContain('August 3, 2026');
    expect(body).not.toContain('Monday');
  });

  it('without a year in the current year, however far back', () => {
    const body = opening(no('2027-01-05', '2027-02-20'), '2027-02-21');
    expect(body).toMatch(/ January 5 /);
    expect(body).not.toMatch(/Tuesday|January 5, 2027/);
  });
});

// A thank-you to someone whose part was hosting (an office tour, lunch, arranging the day:
// src/model/reader-part.ts) thanks them for their time: it neither pleads the candidate's strength
// nor waits on their news. A trial's note to an office coordinator said "As you decide". No note,
// to anyone, says the reader decides.
import { describe, expect, it } from 'vitest';
import { TONES } from '../../../src/model/types.js';
import { ownWords, pharmacistPanel } from './every-state.js';

const NAMES = ['Ann Lee', 'Bo Chen', 'Cy Dunn', 'Di Eve', 'Ed Fox'];
const STRENGTH = 'my five years as a pharmacist prescriber';

describe('a note to a host', () => {
  it.each(TONES)('thanks them for their time, without the strength or the news to come (%s)', (tone) => {
    const hosts = pharmacistPanel(
      NAMES,
      'email',
      (i) =>
        i % 2 === 0 ? { title: 'Recruiting Coordinator', topics: ['the interview schedule'] } : { topics: ['the office tour'] },
      { strength: STRENGTH },
    );
    const notes = [...ownWords(hosts, 'email', tone)].filter((note) => note.kind === 'thank-you');
    expect(notes).toHaveLength(NAMES.length);
    for (const { own } of notes) {
      expect(own).not.toContain(STRENGTH);
      expect(own).not.toMatch(/next (steps|stage)|your news|your reply|what comes next|in due course/);
      expect(own).toMatch(
        /\b(your time|time you gave me|your help|(meet|see) (you )?again|paths (will )?cross again|cross paths again)\b/,
      );
    }
  });

  it.each(TONES)('an assessor still hears the strength (%s)', (tone) => {
    const panel = pharmacistPanel(NAMES, 'email', () => ({ topics: ['the aseptic unit'] }), { strength: STRENGTH });
    const notes = [...ownWords(panel, 'email', tone)].filter((note) => note.kind === 'thank-you');
    expect(notes.every(({ own }) => own.includes(STRENGTH))).toBe(true);
  });

  it.each(TONES.flatMap((tone) => (['email', 'phone'] as const).map((by) => [tone, by] as const)))(
    'no note says the reader decides (%s, %s)',
    (tone, by) => {
      const panel = pharmacistPanel(NAMES, by, () => ({ topics: ['the aseptic unit'] }), { strength: STRENGTH });
      const claims = [...ownWords(panel, by, tone)].filter(({ own }) =>
        /\byou (will |expect to )?decide\b|\byour decision\b/i.test(own),
      );
      expect(claims.map(({ kind, to }) => `${kind} to ${to}`)).toEqual([]);
    },
  );
});

// A note names the company once. Said a second time a few lines on ("We met about the Store
// Manager role at Northline Outfitters ... If a role opens up at Northline Outfitters ..."), it
// reads as a form with the name filled in twice; after the first mention a writer says "there",
// "your team" or "the role". Every kind and tone over every sample interview file and compose
// sample, as each kind stands (after a no for the notes that follow one); the subject, the
// quoted earlier note and the signature are not the note's own words.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createComposer } from '../../../src/compose/compose.js';
import { loadTemplates } from '../../../src/compose/template-files.js';
import { US_WITH_YEARS, WEEKENDS_ONLY } from '../../../src/model/dates.js';
import { parseInterviewText } from '../../../src/model/interview-file.js';
import { NOTE_KINDS, TONES, type Interview } from '../../../src/model/types.js';
import { thanked } from '../../helpers/thanked.js';
import { messageOf, unquotedOf } from './note-parts.js';
import { SAMPLES } from './samples.js';

const { composeNotes, kindsFor } = createComposer(loadTemplates());
const FIXTURES = join(import.meta.dirname, '../../fixtures/interviews');

function fixtures(): Array<[string, Interview]> {
  return readdirSync(FIXTURES)
    .filter((file) => file.endsWith('.json'))
    .flatMap((file): Array<[string, Interview]> => {
      const result = parseInterviewText(readFileSync(join(FIXTURES, file), 'utf8'), {
        calendar: WEEKENDS_ONLY,
        dateStyle: US_WITH_YEARS,
        candidate: SAMPLES.acme!.candidate,
      });
      return result.ok ? [[file, result.interview]] : [];
    });
}

/** How often the note's own words name the company (its leading word is enough: "Northline"). */
function mentions(text: string, company: string): number {
  const name = company.trim().replace(/^the\s+/i, '');
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return (text.match(new RegExp(`\\b${escaped}(?![\\p{L}])`, 'giu')) ?? []).length;
}

const CASES = [...fixtures(), ...Object.entries(SAMPLES)].flatMap(([name, interview]) =>
  TONES.map((tone) => [`${name} (${tone})`, { ...interview, tone }] as const),
);

describe('a note names the company once', () => {
  it('counts a name said twice, and once as once', () => {
    expect(
      mentions('We met at Northline Outfitters. I would still like to join Northline Outfitters.', 'Northline Outfitters'),
    ).toBe(2);
    expect(mentions('Thank you for having me at the Carillon Trust.', 'The Carillon Trust')).toBe(1);
  });

  it.each(CASES)('%s', (_, base) => {
    const twice: string[] = [];
    for (const status of ['waiting', 'not-selected'] as const) {
      const standing: Interview = { ...base, status, toldBy: status === 'not-selected' ? base.toldBy : undefined };
      for (const kind of NOTE_KINDS.filter((each) => kindsFor(standing).includes(each))) {
        const interview = kind === 'follow-up' ? thanked(standing) : standing;
        for (const note of composeNotes(interview, kind)) {
          const own = messageOf({ ...note, body: unquotedOf(note) }, interview.candidate);
          if (mentions(own, interview.company) > 1) twice.push(`${kind} to ${note.to}: ${own}`);
        }
      }
    }
    expect(twice).toEqual([]);
  });
});

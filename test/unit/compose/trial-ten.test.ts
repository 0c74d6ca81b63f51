// The tenth trial's interviews (test/fixtures/interviews/hollowbrook*.json, ostrander-via.json,
// granite-ridge.json), read by the people the notes went to.
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
const US: DateStyle = { locale: 'en-US', today: '2026-12-21' };

function fixture(name: string): Interview {
  const text = readFileSync(join(import.meta.dirname, `../../fixtures/interviews/${name}.json`), 'utf8');
  const result = parseInterviewText(text, { calendar: WEEKENDS_ONLY, dateStyle: US });
  if (!result.ok) throw new Error(`${name}.json does not parse`);
  return result.interview;
}

const hollowbrook = fixture('hollowbrook');
const graniteRidge = fixture('granite-ridge');
// Other companies move the script onto each of its phrasings (compose/context.ts, variantOf).
const COMPANIES = [
  'Hollowbrook Museum of Natural History',
  'Granite Ridge Quarry',
  'Acme Robotics',
  'Brasa',
  'Lumen Health',
  'Kestrel Games',
  'Northwind Bank',
];

describe('a follow-up call states only a decision day the interviewer named', () => {
  it.each(TONES)('"once the trustees meet, probably mid-December" is no date they gave (%s)', (tone) => {
    for (const company of COMPANIES) {
      const [call] = composeNotes({ ...hollowbrook, company, tone }, 'voicemail', { to: 'Pell', dateStyle: US });
      expect(call!.body).not.toMatch(/December 1[5-9]|December 2\d|decision date|expect a decision|expected around/);
      expect(call!.body).toContain('any news');
    }
  });

  it.each(TONES)('"by the 11th" is a day they named: the call says it (%s)', (tone) => {
    for (const company of COMPANIES) {
      const [call] = composeNotes({ ...graniteRidge, company, tone }, 'voicemail', { to: 'Kwame', dateStyle: US });
      expect(call!.body).toContain('December 11');
    }
  });
});

// The schedule and the lines that word it say "via" for notes that go through a go-between.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { US_WITH_YEARS, WEEKENDS_ONLY } from '../../../src/model/dates.js';
import { describeItem } from '../../../src/model/due.js';
import { parseInterviewText } from '../../../src/model/interview-file.js';
import { scheduleFor } from '../../../src/model/schedule.js';
import type { Interview } from '../../../src/model/types.js';

const text = readFileSync(new URL('../../fixtures/interviews/van-der-berg-via.json', import.meta.url), 'utf8');
const result = parseInterviewText(text, { calendar: WEEKENDS_ONLY, dateStyle: US_WITH_YEARS });
if (!result.ok) throw new Error('van-der-berg-via.json does not parse');
const interview = result.interview;

const lines = (subject: Interview, day: string) =>
  scheduleFor(subject, new Date(`${day}T12:00:00`), WEEKENDS_ONLY, US_WITH_YEARS).items.map((item) =>
    describeItem(item, day, US_WITH_YEARS),
  );

describe('the schedule of notes through a go-between', () => {
  it('says which thank-yous go via Alex, asks her for no address, and keeps her own note apart', () => {
    expect(lines(interview, '2026-11-30')).toEqual([
      "thank-you to Joost van der Berg, Dr. María José García-López and Sean O'Neill via Alex Kim: due now, by Tuesday, December 1, 2026",
      'thank-you to Alex Kim: due now, by Tuesday, December 1, 2026',
      'follow-up to Joost van der Berg via Alex Kim: not before Monday, December 14, 2026',
      "follow-up to Dr. María José García-López, Sean O'Neill and Alex Kim: not before Monday, December 14, 2026",
    ]);
  });

  it('without "via" the same interview asks Alex for Joost’s address in her thank-you, first, and says no "via"', () => {
    const direct = lines({ ...interview, via: undefined }, '2026-11-30');
    expect(direct.slice(0, 2)).toEqual([
      'thank-you to Alex Kim: due now, by Tuesday, December 1, 2026',
      "thank-you to Joost van der Berg, Dr. María José García-López and Sean O'Neill: due now, by Tuesday, December 1, 2026",
    ]);
    expect(direct.some((line) => line.includes(' via '))).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/checklist/draft.js';
import { tooEarly } from '../../../src/checklist/rules/timing.js';
import { followUpNotBefore, scheduleFor } from '../../../src/model/schedule.js';
import { ACME } from './sample.js';
import { WEEKENDS_ONLY, US_WITH_YEARS } from '../../../src/model/dates.js';

const draft = parseDraft('Hi Priya,\n\nFollowing up on our talk about Kafka.\n\nBest regards,\nJordan Lee');
const on = (day: string) => new Date(`${day}T12:00:00Z`);

describe('too-early agrees with the schedule', () => {
  // "By the end of next week" is Friday, December 4, 2026; the first business day after it is Mon 7 Dec.
  it('holds the follow-up through the weekend and says Monday, the day the schedule names', () => {
    expect(followUpNotBefore(ACME, WEEKENDS_ONLY)).toBe('2026-12-07');
    expect(
      scheduleFor(ACME, on('2026-12-05'), WEEKENDS_ONLY, US_WITH_YEARS).items.find((i) => i.kind === 'follow-up')?.notBefore,
    ).toBe('2026-12-07');
    for (const day of ['2026-12-04', '2026-12-05', '2026-12-06']) {
      const findings = tooEarly(draft, { interview: ACME, to: 'Priya Raghunathan', kind: 'follow-up', now: on(day) });
      expect(findings.map((f) => f.message.endsWith('Hold this note until Monday, December 7, 2026.'))).toEqual([true]);
    }
    expect(tooEarly(draft, { interview: ACME, to: 'Priya Raghunathan', kind: 'follow-up', now: on('2026-12-07') })).toEqual([]);
  });
});

describe('too-early holds the call that stands for a follow-up', () => {
  // Sam Ortiz reached the candidate by phone: his follow-up is the voicemail script.
  const call = parseDraft('Hello Sam, this is Jordan Lee. I am following up on the robot fleet.');
  const early = { interview: ACME, to: 'Sam Ortiz', kind: 'voicemail' as const, now: on('2026-12-01') };

  it('warns on a follow-up call before the decision date, with the same day as the e-mail', () => {
    expect(tooEarly(call, early).map((f) => f.message)).toEqual([
      'They said they would decide "by the end of next week", and that has not passed yet. Following up before the date they gave looks impatient. Hold this note until Monday, December 7, 2026.',
    ]);
    expect(tooEarly(call, { ...early, now: on('2026-12-07') })).toEqual([]);
  });

  it('stays quiet on the call after a no: that call thanks them, it does not chase a decision', () => {
    expect(tooEarly(call, { ...early, interview: { ...ACME, status: 'not-selected' } })).toEqual([]);
  });
});

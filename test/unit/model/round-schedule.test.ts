// What an application owes across its rounds: the latest round's schedule, plus the thank-yous an
// earlier round still owes (to someone met then, not thanked then, not met again later), while
// the application waits for an answer. Real interviews and the real schedule, exact items.
import { describe, expect, it } from 'vitest';
import { US_WITH_YEARS, WEEKENDS_ONLY } from '../../../src/model/dates.js';
import { describeItem } from '../../../src/model/due.js';
import { applicationSchedule, applicationSchedules } from '../../../src/model/round-schedule.js';
import { scheduleFor } from '../../../src/model/schedule.js';
import type { Interview } from '../../../src/model/types.js';
import { sampleInterview } from '../../helpers/sample-interview.js';

const NOW = new Date('2026-12-03T15:00:00Z');
const FIRST = sampleInterview();
const [PRIYA] = FIRST.interviewers;
const LENA = {
  name: 'Lena Fischer',
  title: 'CTO',
  email: 'lena@acme.example',
  medium: 'email',
  topics: ['the roadmap'],
} as const;
const SECOND = sampleInterview({
  id: `${FIRST.id}-round-2`,
  round: 2,
  date: '2026-12-03',
  timeframe: null,
  interviewers: [PRIYA!, LENA],
});

const plan = (rounds: readonly Interview[]) => applicationSchedule(rounds, NOW, WEEKENDS_ONLY, US_WITH_YEARS);
const lines = (rounds: readonly Interview[]) =>
  plan(rounds).items.map((item) => [item.interview.id, describeItem(item, '2026-12-03', US_WITH_YEARS, item.round)]);

describe('the schedule of an application with rounds', () => {
  it('keeps the thank-you round 1 owes Sam, met only then, first and labelled; Priya, met again, is thanked for round 2', () => {
    expect(lines([FIRST, SECOND])[0]).toEqual([
      FIRST.id,
      'thank-you call to Sam Ortiz (round 1): overdue since Wednesday, November 25, 2026; make it today',
    ]);
    // The rest is round 2's own schedule, in its own order (its timing is schedule.ts's).
    expect(plan([FIRST, SECOND]).items.slice(1)).toEqual(
      scheduleFor(SECOND, NOW, WEEKENDS_ONLY, US_WITH_YEARS).items.map((item) => ({ ...item, interview: SECOND, round: 2 })),
    );
    expect(plan([FIRST, SECOND]).items.map((item) => [item.round, item.kind, item.to])).toEqual([
      [1, 'thank-you', ['Sam Ortiz']],
      [2, 'thank-you', ['Priya Raghunathan', 'Lena Fischer']],
      [2, 'follow-up', ['Priya Raghunathan', 'Lena Fischer']],
    ]);
    expect(plan([FIRST, SECOND]).next).toMatchObject({ interview: FIRST, round: 1, kind: 'thank-you', to: ['Sam Ortiz'] });
  });

  it('owes round 1 nothing once Sam was thanked for it', () => {
    const thanked = { ...FIRST, sent: [{ kind: 'thank-you' as const, to: 'Sam Ortiz', at: '2026-11-24T18:00:00.000Z' }] };
    expect(plan([thanked, SECOND]).items.map((item) => item.interview.id)).toEqual([SECOND.id, SECOND.id]);
  });

  it('owes round 1 nothing once Sam is met again in a later round: that round thanks him', () => {
    const third = { ...SECOND, id: `${FIRST.id}-round-3`, round: 3, interviewers: [{ ...FIRST.interviewers[1]! }] };
    expect(plan([FIRST, SECOND, third]).items.map((item) => [item.round, item.kind, item.to])).toEqual([
      [2, 'thank-you', ['Priya Raghunathan', 'Lena Fischer']],
      [3, 'thank-you', ['Sam Ortiz']],
      [3, 'voicemail', ['Sam Ortiz']],
    ]);
  });

  it.each(['offer', 'not-selected', 'closed'] as const)('owes round 1 nothing once the application is %s', (status) => {
    const decided = { ...SECOND, status, statusOn: '2026-12-03' };
    expect(plan([FIRST, decided]).items.filter((item) => item.interview === FIRST)).toEqual([]);
    expect(plan([FIRST, decided]).items).toEqual(
      scheduleFor(decided, NOW, WEEKENDS_ONLY, US_WITH_YEARS).items.map((item) => ({ ...item, interview: decided, round: 2 })),
    );
  });

  it('is, for an interview on its own, its schedule unlabelled', () => {
    const own = scheduleFor(FIRST, NOW, WEEKENDS_ONLY, US_WITH_YEARS);
    expect(plan([FIRST])).toEqual({
      rounds: [FIRST],
      items: own.items.map((item) => ({ ...item, interview: FIRST, round: null })),
      next: { ...own.next!, interview: FIRST, round: null },
      done: null,
    });
  });

  it('ranks applications by their most urgent step, an earlier round owing one included', () => {
    const other = sampleInterview({ id: 'lumen-health-data-engineer', company: 'Lumen Health', date: '2026-12-02' });
    // Lumen's thank-you is due today; Acme's round 1 owes one since November 25.
    expect(
      applicationSchedules([other, SECOND, FIRST], NOW, WEEKENDS_ONLY, US_WITH_YEARS).map((a) => a.next?.interview.id),
    ).toEqual([FIRST.id, other.id]);
  });
});

import { describe, expect, it } from 'vitest';
import { applications, latestRounds, nextRound, roundId, stemOf } from '../../../src/model/rounds.js';
import { asNextRound, looksLikeNextRound } from '../../../src/store/round-placement.js';
import { repeatsEarlierRound } from '../../../src/model/round-repeat.js';
import { sampleInterview } from '../../helpers/sample-interview.js';

const FIRST = sampleInterview();
const SECOND = sampleInterview({ id: `${FIRST.id}-round-2`, round: 2, date: '2026-12-03' });
const OTHER = sampleInterview({ id: 'lumen-health-data-engineer', company: 'Lumen Health', role: 'Data Engineer' });

describe('rounds', () => {
  it('share the stem of the first round; a "-2" that is no round is its own application', () => {
    expect(stemOf(SECOND)).toBe(FIRST.id);
    expect(stemOf(sampleInterview({ id: `${FIRST.id}-2` }))).toBe(`${FIRST.id}-2`);
    expect(roundId(FIRST.id, 1)).toBe(FIRST.id);
    expect(roundId(FIRST.id, 3)).toBe(`${FIRST.id}-round-3`);
  });

  it('group by application, oldest round first, and the latest round of each decides', () => {
    expect(applications([SECOND, OTHER, FIRST]).map((group) => group.map((i) => i.id))).toEqual([
      [FIRST.id, SECOND.id],
      [OTHER.id],
    ]);
    expect(latestRounds([FIRST, OTHER, SECOND]).map((i) => i.id)).toEqual([SECOND.id, OTHER.id]);
    expect(nextRound([FIRST, SECOND])).toBe(3);
  });

  it('a new interview for a saved role with other answers looks like a next round; the same answers do not', () => {
    const later = sampleInterview({ date: '2026-12-03' });
    expect(looksLikeNextRound([FIRST], later)).toBe(true);
    expect(looksLikeNextRound([FIRST], sampleInterview())).toBe(false);
    expect(looksLikeNextRound([OTHER], later)).toBe(false);
    expect(asNextRound([FIRST], later)).toMatchObject({ id: `${FIRST.id}-round-2`, round: 2 });
    expect(asNextRound([FIRST, { ...later, id: `${FIRST.id}-round-2`, round: 2 }], later)).toMatchObject({
      id: `${FIRST.id}-round-2`,
      round: 2,
    });
  });
});

describe('a later round that repeats the earlier thank-you', () => {
  const body =
    'Dear Priya,\n\nThank you for meeting with me about the Senior Backend Engineer role. I enjoyed our talk about moving telemetry ingestion to Kafka.\n\nBest regards,\nJordan Lee\n';
  const thanked = sampleInterview({ sent: [{ kind: 'thank-you', to: 'Priya Raghunathan', at: '2026-11-24T17:00:00Z', body }] });
  const later = sampleInterview({ id: `${FIRST.id}-round-2`, round: 2, date: '2026-12-03' });

  it('is found when the same person had nearly the same note after an earlier round', () => {
    expect(repeatsEarlierRound({ kind: 'thank-you', to: 'Priya Raghunathan', body }, later, [thanked, later])).toEqual({
      round: 1,
      percent: 100,
    });
  });

  it('is not found for a note about this meeting, another person, or the first round itself', () => {
    const fresh =
      'Dear Priya,\n\nThank you for a second conversation. Walking through the roadmap for next year with the CTO showed me where the team is going.\n\nBest regards,\nJordan Lee\n';
    expect(repeatsEarlierRound({ kind: 'thank-you', to: 'Priya Raghunathan', body: fresh }, later, [thanked])).toBeNull();
    expect(repeatsEarlierRound({ kind: 'thank-you', to: 'Sam Ortiz', body }, later, [thanked])).toBeNull();
    expect(repeatsEarlierRound({ kind: 'thank-you', to: 'Priya Raghunathan', body }, thanked, [thanked, later])).toBeNull();
  });
});

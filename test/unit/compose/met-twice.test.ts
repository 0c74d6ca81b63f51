// Someone met in two rounds of the same application is not told "we met" on one day: the
// stay-in-touch note names every day the candidate met them, from the saved rounds.
import { describe, expect, it } from 'vitest';
import { composeNotes } from '../../../src/compose/compose.js';
import { TONES, type Interview } from '../../../src/model/types.js';
import { sampleInterview } from '../../helpers/sample-interview.js';

const round1 = sampleInterview({ status: 'not-selected', statusOn: '2026-12-10' });
const round2: Interview = {
  ...round1,
  id: `${round1.id}-round-2`,
  round: 2,
  date: '2026-12-01',
  // Priya again; Sam only in round 1; Lin only in round 2.
  interviewers: [
    round1.interviewers[0]!,
    { ...round1.interviewers[0]!, name: 'Lin Yu', email: 'lin@acme.example', greeting: undefined },
  ],
};
const saved = [round1, round2];
const BOTH_DAYS =
  /\b(?:met|spoke|meetings|conversations|interviews|interviewed with you|acquaintance from) (?:on |of |from )?November 24, 2026 and December 1, 2026,/;

describe.each(TONES)('the stay-in-touch note after two rounds (%s)', (tone) => {
  const [priya, lin] = composeNotes({ ...round2, tone }, 'stay-in-touch', { saved });

  it('names both days for the person met in both rounds', () => {
    // In whichever opening the reader's variant gives ("We met on", "our meetings on", ...).
    expect(priya!.body).toMatch(BOTH_DAYS);
  });

  it('names one day for the person met once', () => {
    expect(lin!.body).not.toContain('November 24');
    expect(lin!.body).toContain('December 1, 2026');
  });
});

it('a call to someone met in both rounds names both days too', () => {
  const caller = { ...round1.interviewers[1]! };
  const first = { ...round1, interviewers: [caller] };
  const second: Interview = { ...round2, interviewers: [caller] };
  const [sam] = composeNotes(second, 'stay-in-touch', { saved: [first, second] });
  expect(sam!.by).toBe('phone');
  expect(sam!.body).toMatch(BOTH_DAYS);
});

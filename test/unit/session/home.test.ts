// The home's entries: rounds of one application, which share company and role, are told apart.
import { describe, expect, it } from 'vitest';
import { US_WITH_YEARS } from '../../../src/model/dates.js';
import { homeEntries } from '../../../src/session/home.js';
import { sampleInterview } from '../../helpers/sample-interview.js';

describe('homeEntries', () => {
  it('names the round of each interview of an application met more than once, and only those', () => {
    const first = sampleInterview();
    const second = { ...sampleInterview(), id: `${first.id}-round-2`, round: 2, date: '2026-12-01' };
    const other = { ...sampleInterview(), id: 'lumen-health-data-engineer', company: 'Lumen Health', role: 'Data Engineer' };
    const labels = homeEntries([first, second, other], [], US_WITH_YEARS)
      .filter((entry) => entry.choice.kind === 'notes')
      .map((entry) => entry.label);
    expect(labels).toEqual([
      'Notes for Acme Robotics, Senior Backend Engineer, round 1',
      'Notes for Acme Robotics, Senior Backend Engineer, round 2',
      'Notes for Lumen Health, Data Engineer',
    ]);
  });

  it('offers a thank-you an earlier round still owes: it opens that round’s notes', () => {
    const first = sampleInterview();
    const second = { ...sampleInterview(), id: `${first.id}-round-2`, round: 2, date: '2026-12-01' };
    const owed = {
      interview: first,
      due: first.date,
      line: 'thank-you to Sam Ortiz: overdue since Wednesday, November 25',
      owed: true,
    };
    const [, entry] = homeEntries([first, second], [owed], US_WITH_YEARS);
    expect(entry).toEqual({
      value: `owed:${first.id}`,
      label:
        'Still owed: Acme Robotics, Senior Backend Engineer, round 1 (thank-you to Sam Ortiz: overdue since Wednesday, November 25)',
      choice: { kind: 'notes', interview: first },
    });
  });
});

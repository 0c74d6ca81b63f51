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
    const [entry] = homeEntries([first, second], [owed], US_WITH_YEARS);
    expect(entry).toEqual({
      value: `owed:${first.id}`,
      label:
        'Still owed: Acme Robotics, Senior Backend Engineer, round 1 (thank-you to Sam Ortiz: overdue since Wednesday, November 25)',
      choice: { kind: 'notes', interview: first },
    });
  });

  it('gives each row of a round that owes two things a value of its own, the first as before', () => {
    const first = sampleInterview();
    const second = { ...sampleInterview(), id: `${first.id}-round-2`, round: 2, date: '2026-12-01' };
    const owed = [
      { interview: first, due: '2026-11-24', line: 'thank-you to Priya Raghunathan: overdue', owed: true },
      { interview: first, due: '2026-11-25', line: 'thank-you call to Sam Ortiz: due today', owed: true },
    ];
    const entries = homeEntries([first, second], owed, US_WITH_YEARS);
    expect(entries.slice(0, 2).map((entry) => entry.value)).toEqual([`owed:${first.id}`, `owed:${first.id}:2`]);
    expect(new Set(entries.map((entry) => entry.value)).size).toBe(entries.length);
    expect(entries.slice(0, 2).map((entry) => entry.choice)).toEqual([
      { kind: 'notes', interview: first },
      { kind: 'notes', interview: first },
    ]);
  });

  it('lists what is due first, in the order given, then a new interview; with nothing due a new interview is first', () => {
    const acme = sampleInterview();
    const lumen = sampleInterview({ id: 'lumen-health-data-engineer', company: 'Lumen Health', role: 'Data Engineer' });
    const due = [
      { interview: lumen, due: '2026-11-25', line: 'follow-up to Ravi Shah: due now', kind: 'follow-up' as const },
      { interview: acme, due: '2026-11-24', line: 'thank-you to Sam Ortiz: due today', kind: 'thank-you' as const },
    ];
    const entries = homeEntries([acme, lumen], due, US_WITH_YEARS);
    expect(entries.slice(0, 3).map((entry) => [entry.label, entry.choice.kind])).toEqual([
      ['Follow up: Lumen Health, Data Engineer (follow-up to Ravi Shah: due now)', 'follow-up'],
      ['Thank-you: Acme Robotics, Senior Backend Engineer (thank-you to Sam Ortiz: due today)', 'notes'],
      ['Start a new interview', 'new'],
    ]);
    expect(homeEntries([acme, lumen], [], US_WITH_YEARS)[0]?.choice).toEqual({ kind: 'new' });
  });
});

// One earlier round that owes two things (a thank-you note and a thank-you call, on different
// days) is two rows of the home: each row has a key of its own, so React keeps both (and says
// nothing), and each still opens that round's notes.
import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DueFollowUp } from '../../src/session/effects.js';
import { App } from '../../src/ui/app.js';
import { sampleInterview } from '../helpers/sample-interview.js';
import { emptyWorld, worldDeps } from '../support/fake-world.js';
import { choose, waitFor } from './helpers.js';

const first = sampleInterview();
const second = { ...sampleInterview(), id: `${first.id}-round-2`, round: 2, date: '2026-12-01' };
const OWED: DueFollowUp[] = [
  { interview: first, due: '2026-11-24', line: 'thank-you to Priya Raghunathan: overdue', owed: true, kind: 'thank-you' },
  { interview: first, due: '2026-11-25', line: 'thank-you call to Sam Ortiz: due today', owed: true, kind: 'thank-you' },
];

/** The frame with the lines a long label wraps to joined again. */
const flat = (frame: string) => frame.replace(/\s*\n\s*/g, ' ');

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a round that owes two things', () => {
  it('lists both without a duplicate key, and either opens its notes', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const deps = { ...worldDeps(emptyWorld({ interviews: [first, second] })), dueFollowUps: async () => OWED };
    const app = render(<App deps={deps} />);
    const home = flat(await waitFor(app, 'What would you like to do?'));
    expect(home).toContain(
      'Still owed: Acme Robotics, Senior Backend Engineer, round 1 (thank-you to Priya Raghunathan: overdue)',
    );
    expect(home).toContain(
      'Still owed: Acme Robotics, Senior Backend Engineer, round 1 (thank-you call to Sam Ortiz: due today)',
    );
    const said = errors.mock.calls.map((call) => String(call[0]));
    expect(said.filter((line) => line.includes('same key'))).toEqual([]);
    await choose(app, 'thank-you call to Sam Ortiz');
    await waitFor(app, 'Note 1 of 2');
    app.unmount();
  });
});

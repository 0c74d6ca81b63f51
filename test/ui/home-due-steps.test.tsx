// A new user's trial: the home listed one step per application, though `list` named the follow-up
// e-mail due beside an overdue follow-up call. Each step due is now an entry of its own (the
// session's deps list them: test/cli/session-deps.test.ts), and each opens the review on its own
// note: the call's entry on the call script, the e-mail's on the e-mail.
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { followUpNotes } from '../../src/compose/compose.js';
import type { DueFollowUp } from '../../src/session/effects.js';
import { App } from '../../src/ui/app.js';
import { sampleInterview } from '../helpers/sample-interview.js';
import { emptyWorld, worldDeps } from '../support/fake-world.js';
import { KEY, choose, waitFor } from './helpers.js';

const thanked = ['Priya Raghunathan', 'Sam Ortiz'].map((to) => ({
  kind: 'thank-you' as const,
  to,
  at: '2026-11-24T18:00:00.000Z',
  method: 'manual' as const,
}));
const ACME = sampleInterview({ sent: thanked });
const DUE: DueFollowUp[] = [
  {
    interview: ACME,
    due: '2026-12-07',
    line: 'follow-up call to Sam Ortiz: overdue since Tuesday, December 8; make it today',
    kind: 'voicemail',
    to: 'Sam Ortiz',
  },
  {
    interview: ACME,
    due: '2026-12-07',
    line: 'follow-up to Priya Raghunathan: due now, by Monday, December 21',
    kind: 'follow-up',
    to: 'Priya Raghunathan',
  },
];
const deps = () => ({
  ...worldDeps(emptyWorld({ interviews: [ACME], candidate: ACME.candidate }), { followUpNotes: (i) => followUpNotes(i) }),
  dueFollowUps: async () => DUE,
});
const flat = (frame: string) => frame.replace(/\s*\n\s*/g, ' ');

describe('the home with two steps of one interview due', () => {
  it('lists both, and each opens the review on its own note', async () => {
    const app = render(<App deps={deps()} />);
    const home = flat(await waitFor(app, 'What would you like to do?'));
    expect(home).toContain(
      'Follow up: Acme Robotics, Senior Backend Engineer (follow-up call to Sam Ortiz: overdue since Tuesday, December 8; make it today)',
    );
    expect(home).toContain(
      'Follow up: Acme Robotics, Senior Backend Engineer (follow-up to Priya Raghunathan: due now, by Monday, December 21)',
    );
    // The first entry, the call: its script, though the e-mail comes first among the notes.
    app.stdin.write(KEY.enter);
    expect(await waitFor(app, 'Note 2 of 2')).toContain('Voicemail script to Sam Ortiz');
    app.unmount();

    const again = render(<App deps={deps()} />);
    await waitFor(again, 'What would you like to do?');
    await choose(again, 'follow-up to Priya Raghunathan: due now');
    expect(await waitFor(again, 'Note 1 of 2')).toContain('Follow-up to Priya Raghunathan');
    again.unmount();
  });
});

// The home says what is due by today, above its choices, from the same due list it offers.
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import type { DueFollowUp } from '../../src/session/effects.js';
import { App } from '../../src/ui/app.js';
import { sampleInterview } from '../helpers/sample-interview.js';
import { emptyWorld, worldDeps } from '../support/fake-world.js';
import { KEY, typeAndWait, waitFor } from './helpers.js';

describe('the home', () => {
  it('counts the notes due today, not one due later, and lists each', async () => {
    const acme = sampleInterview();
    const lumen = { ...sampleInterview({ id: 'lumen-health-data-engineer', company: 'Lumen Health', role: 'Data Engineer' }) };
    const due: DueFollowUp[] = [
      { interview: lumen, due: '2026-11-25', line: 'follow-up to Ravi Shah: due now' },
      { interview: acme, due: '2026-12-07' },
    ];
    const deps = { ...worldDeps(emptyWorld({ interviews: [acme, lumen] })), dueFollowUps: async () => due };
    const app = render(<App deps={deps} />);
    const home = await waitFor(app, 'What would you like to do?');
    expect(home).toContain('1 note due today, the most urgent listed first.');
    expect(home).toContain('Follow up: Lumen Health, Data Engineer (follow-up to Ravi Shah: due now)');
    app.unmount();
  });

  // A new user's trial: a thank-you waited while the home started on "Start a new interview".
  describe('with a thank-you due', () => {
    const acme = sampleInterview();
    const due: DueFollowUp[] = [
      {
        interview: acme,
        due: '2026-11-24',
        line: 'thank-you to Priya Raghunathan and thank-you call to Sam Ortiz: overdue since Wednesday, November 25; send and phone today',
        kind: 'thank-you',
      },
    ];
    const deps = () => ({ ...worldDeps(emptyWorld({ interviews: [acme] })), dueFollowUps: async () => due });
    const DUE_LABEL =
      'Thank-you: Acme Robotics, Senior Backend Engineer (thank-you to Priya Raghunathan and thank-you call to Sam Ortiz: overdue since';

    it('lists it first and starts on it; Enter opens its review', async () => {
      const app = render(<App deps={deps()} />);
      const home = await waitFor(app, 'What would you like to do?');
      const lines = home.split('\n');
      const at = lines.findIndex((line) => line.includes('Thank-you: Acme Robotics'));
      expect(lines[at]).toMatch(/^❯ ?Thank-you: Acme Robotics/);
      expect(home.replace(/\s*\n\s*/g, ' ')).toContain(DUE_LABEL);
      expect(home.indexOf('Start a new interview')).toBeGreaterThan(home.indexOf('Thank-you: Acme'));
      // The hints glue each key to its words with no-break spaces.
      expect(home.replace(/\u00a0/g, ' ')).toContain('n new interview');
      app.stdin.write(KEY.enter);
      const review = await waitFor(app, 'Note 1 of');
      expect(review).toContain('Thank-you to Priya Raghunathan');
      app.unmount();
    });

    it('starts a new interview on n', async () => {
      const app = render(<App deps={deps()} />);
      await waitFor(app, 'What would you like to do?');
      const next = await typeAndWait(app, 'n');
      expect(next).toContain('Your name');
      app.unmount();
    });
  });
});

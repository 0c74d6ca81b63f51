// The home says what is due by today, above its choices, from the same due list it offers.
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import type { DueFollowUp } from '../../src/session/effects.js';
import { App } from '../../src/ui/app.js';
import { sampleInterview } from '../helpers/sample-interview.js';
import { emptyWorld, worldDeps } from '../support/fake-world.js';
import { waitFor } from './helpers.js';

describe('the home', () => {
  it('says which notes are due today, and not one due later', async () => {
    const acme = sampleInterview();
    const lumen = { ...sampleInterview({ id: 'lumen-health-data-engineer', company: 'Lumen Health', role: 'Data Engineer' }) };
    const due: DueFollowUp[] = [
      { interview: lumen, due: '2026-11-25', line: 'follow-up to Ravi Shah: due now' },
      { interview: acme, due: '2026-12-07' },
    ];
    const deps = { ...worldDeps(emptyWorld({ interviews: [acme, lumen] })), dueFollowUps: async () => due };
    const app = render(<App deps={deps} />);
    const home = await waitFor(app, 'What would you like to do?');
    expect(home).toContain('1 note due today: Lumen Health, follow-up to Ravi Shah: due now.');
    expect(home).not.toContain('due today: Acme');
    app.unmount();
  });
});

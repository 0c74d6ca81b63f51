// regen --print on a follow-up already recorded as sent: it is shown as it went, with the day it
// went, and no advice to hold it, since there is nothing left to hold.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { newHome, runCli } from '../helpers/run-cli.js';

const FIXTURE = join(import.meta.dirname, '../fixtures/interviews/acme.json');
const ID = 'acme-robotics-senior-backend-engineer';
// Two days after the follow-up went: the next one waits 10 to 14 days.
const env = { FOLLOWUP_COACH_NOW: '2026-12-10' };
const PRIYA = 'Priya Raghunathan';

describe('regen --print of a follow-up already sent', () => {
  const home = newHome();
  beforeAll(async () => {
    const interview = JSON.parse(readFileSync(FIXTURE, 'utf8'));
    interview.sent = [
      { kind: 'thank-you', to: PRIYA, at: '2026-11-24T18:00:00.000Z' },
      { kind: 'follow-up', to: PRIYA, at: '2026-12-08T10:00:00.000Z' },
    ];
    const file = join(home, 'sent.json');
    writeFileSync(file, JSON.stringify(interview));
    expect((await runCli(['import', file], { home, env })).code).toBe(0);
  });

  it('says when it was sent and gives no hold advice', async () => {
    const shown = await runCli(['regen', ID, '--kind', 'follow-up', '--to', 'Priya', '--print'], { home, env });
    expect(shown.code).toBe(0);
    expect(shown.stderr).toBe(
      `The follow-up note to ${PRIYA} was recorded as sent on Tuesday, December 8, without its text: this is the note as it stood that day, without later edits.\n`,
    );
    expect(shown.stdout).toContain('Dear Priya,');
  });
});

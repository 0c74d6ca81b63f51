// A second round through the built CLI: regen reads the saved rounds, so someone met in round 1
// is thanked for meeting again, someone new is not, and the subject says which round it was.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newHome, runCli } from '../helpers/run-cli.js';

const FIXTURE = join(import.meta.dirname, '../fixtures/interviews/acme.json');
const ID = 'acme-robotics-senior-backend-engineer';

describe('regen for a later round', () => {
  it('greets Priya, met in round 1, as met again, and Lena, new in round 2, as met for the first time', async () => {
    const home = newHome();
    const env = { FOLLOWUP_COACH_NOW: '2026-12-03' };
    expect((await runCli(['import', FIXTURE], { home, env })).code).toBe(0);
    const second = JSON.parse(readFileSync(FIXTURE, 'utf8'));
    second.interviewDate = '2026-12-03';
    second.interviewers = [
      { ...second.interviewers[0], topics: ['the ingestion backlog'] },
      { name: 'Lena Fischer', title: 'CTO', email: 'lena@acme.example', medium: 'email', topics: ['the roadmap for next year'] },
    ];
    const file = join(home, 'round-2.json');
    writeFileSync(file, JSON.stringify(second));
    expect((await runCli(['import', file, '--round'], { home, env })).code).toBe(0);

    const [priya, lena] = JSON.parse(
      (await runCli(['regen', `${ID}-round-2`, '--kind', 'thank-you', '--json'], { home, env })).stdout,
    );
    expect(priya.to).toBe('Priya Raghunathan');
    expect(priya.subject).toBe('Thank you: Senior Backend Engineer interview, second round');
    expect(priya.body.split('\n\n')[1]).toMatch(/\bagain\b/);
    expect(lena.to).toBe('Lena Fischer');
    expect(lena.body.split('\n\n')[1]).not.toMatch(/\bagain\b/);

    const printed = await runCli(['regen', `${ID}-round-2`, '--kind', 'thank-you', '--to', 'Priya', '--print'], { home, env });
    expect(printed.stdout.split('\n\n')[1]).toBe(priya.body.split('\n\n')[0]);
    expect(printed.stdout.split('\n\n')[2]).toMatch(/\bagain\b/);
    // Round 1 itself is not a later meeting.
    const [first] = JSON.parse(
      (await runCli(['regen', ID, '--kind', 'thank-you', '--to', 'Priya', '--json'], { home, env })).stdout,
    );
    expect(first.subject).toBe('Thank you: Senior Backend Engineer interview');
  });

  it('files an interview file that says "round": 2 as the next round, without --round, and only once', async () => {
    const home = newHome();
    const env = { FOLLOWUP_COACH_NOW: '2026-12-03' };
    expect((await runCli(['import', FIXTURE], { home, env })).code).toBe(0);
    const second = JSON.parse(readFileSync(FIXTURE, 'utf8'));
    second.interviewDate = '2026-12-03';
    second.round = 2;
    second.interviewers = [{ ...second.interviewers[0], topics: ['the ingestion backlog'] }];
    const file = join(home, 'round-2.json');
    writeFileSync(file, JSON.stringify(second));
    const run = await runCli(['import', file], { home, env });
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toContain(`${ID}-round-2`);
    // The same file again, now with --round as well, is the round already saved, not a third copy.
    expect((await runCli(['import', file, '--round'], { home, env })).code).toBe(0);
    const listed = JSON.parse((await runCli(['list', '--json'], { home, env })).stdout);
    expect(listed).toHaveLength(1);
    const ids = JSON.stringify(listed).match(new RegExp(`${ID}[a-z0-9-]*`, 'g'));
    expect([...new Set(ids)].sort()).toEqual([ID, `${ID}-round-2`]);
  });
});

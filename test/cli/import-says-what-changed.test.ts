// A trial: importing a fresh export of the same interview said "Updated ... with the notes the
// file lists as sent" when nothing had changed (the store had recorded a no after the notes, so
// its fields came in another order than the file's), and a file whose `sent` lists the request
// for a missing address still promised to write that request. Import says what really happened.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newHome, runCli } from '../helpers/run-cli.js';

const ACME = join(import.meta.dirname, '../fixtures/interviews/acme.json');
const ID = 'acme-robotics-senior-backend-engineer';
const acme = () => JSON.parse(readFileSync(ACME, 'utf8')) as Record<string, unknown>;

function fileOf(home: string, name: string, data: unknown): string {
  const path = join(home, name);
  writeFileSync(path, JSON.stringify(data));
  return path;
}

describe('import says what changed', () => {
  it('a fresh export of an interview with notes sent and a no recorded: nothing changed', async () => {
    const home = newHome();
    expect((await runCli(['import', ACME], { home })).code).toBe(0);
    expect((await runCli(['sent', ID, '--kind', 'thank-you', '--to', 'Priya'], { home })).code).toBe(0);
    expect((await runCli(['status', ID, 'not-selected', '--told-by', 'Dana'], { home })).code).toBe(0);
    const exported = fileOf(home, 'export.json', JSON.parse((await runCli(['export', ID], { home })).stdout));
    const again = await runCli(['import', exported], { home });
    expect(again.stdout.split('\n')[0]).toBe(`Already saved as ${ID}; nothing changed.`);
  });

  it('a file listing a note the store lacks: says how many were added', async () => {
    const home = newHome();
    expect((await runCli(['import', ACME], { home })).code).toBe(0);
    const sent = [{ kind: 'thank-you', to: 'Priya Raghunathan', at: '2026-11-24T18:00:00.000Z' }];
    const run = await runCli(['import', fileOf(home, 'sent.json', { ...acme(), sent })], { home });
    expect(run.stdout.split('\n')[0]).toBe(`Updated ${ID}: the file lists a note as sent that the saved interview did not have.`);
  });

  it('the same words for the decision, read as another day under other holidays: the same interview, the new day named', async () => {
    const home = newHome();
    // Thursday 10 December 2026, "early December", is Constitution Day in Thailand.
    const file = fileOf(home, 'early.json', { ...acme(), timeframe: 'early December' });
    expect((await runCli(['import', file], { home, env: { FOLLOWUP_COACH_COUNTRY: 'TH' } })).code).toBe(0);
    const run = await runCli(['import', file], { home, env: { FOLLOWUP_COACH_COUNTRY: 'none' } });
    expect(run.stdout.split('\n')[0]).toBe(
      `Updated ${ID}: "early December" now reads as Thursday, December 10 (it was saved as Friday, December 11); the schedule follows the new day.`,
    );
    expect(JSON.parse((await runCli(['list', '--json'], { home })).stdout)).toHaveLength(1);
  });

  it('a missing address whose request the file lists as sent: said as asked, not promised', async () => {
    const home = newHome();
    const data = acme();
    const interviewers = [
      ...(data.interviewers as unknown[]),
      { name: 'Lin Yu', title: 'Engineer', medium: 'email', topics: ['the Kafka consumers'] },
    ];
    const sent = [{ kind: 'contact-request', to: 'Dana Kim', at: '2026-11-24T18:00:00.000Z' }];
    const run = await runCli(['import', fileOf(home, 'asked.json', { ...data, interviewers, sent })], { home });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      'note: There is no e-mail address for Lin Yu: you asked Dana Kim for it already (the file lists it as sent); add "email" once you have it.',
    );
    expect(run.stderr).not.toContain('a short request');
  });
});

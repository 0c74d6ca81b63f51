// Priya, thanked after round 1, meets the candidate again in round 2 at the same place on the
// panel, with the same personal detail. Through the built CLI: her round 2 thank-you is written in
// other words than the one she had (not only its opening), and when a note does read like the
// earlier one (even one marked sent without its text), regen says so on stderr and still prints it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newHome, runCli } from '../helpers/run-cli.js';

const FIXTURE = join(import.meta.dirname, '../fixtures/interviews/acme.json');
const ID = 'acme-robotics-senior-backend-engineer';
const env = { FOLLOWUP_COACH_NOW: '2026-12-03' };

function withDetail(file: Record<string, unknown>) {
  const people = file.interviewers as Array<Record<string, unknown>>;
  return { ...file, interviewers: [{ ...people[0], detail: 'we both follow cricket' }, ...people.slice(1)] };
}

/** Round 1 on file with Priya's thank-you sent, its text on record, and round 2. */
async function twoRounds() {
  const home = newHome();
  const base = withDetail(JSON.parse(readFileSync(FIXTURE, 'utf8')));
  const first = join(home, 'round-1.json');
  writeFileSync(first, JSON.stringify(base));
  expect((await runCli(['import', first], { home, env })).code).toBe(0);
  const round1 = JSON.parse(
    (await runCli(['regen', ID, '--kind', 'thank-you', '--to', 'Priya', '--json'], { home, env })).stdout,
  )[0].body as string;
  const second = join(home, 'round-2.json');
  writeFileSync(second, JSON.stringify({ ...base, interviewDate: '2026-12-03' }));
  expect((await runCli(['import', second, '--round'], { home, env })).code).toBe(0);
  const sent = [{ kind: 'thank-you', to: 'Priya Raghunathan', at: '2026-11-24T18:00:00.000Z', body: round1 }];
  writeFileSync(first, JSON.stringify({ ...base, sent }));
  expect((await runCli(['import', first, '--replace'], { home, env })).code).toBe(0);
  return { home, round1 };
}

/** The paragraphs between the greeting and the signature. */
const paragraphs = (body: string) =>
  body
    .split('\n\n')
    .slice(1, -1)
    .map((p) => p.trim());

describe('a later round to someone met again', () => {
  it('shares no paragraph with the thank-you she had after round 1, and regen says nothing', async () => {
    const { home, round1 } = await twoRounds();
    const run = await runCli(['regen', `${ID}-round-2`, '--kind', 'thank-you', '--to', 'Priya', '--print'], { home, env });
    expect(run.code, run.stderr).toBe(0);
    const shared = paragraphs(run.stdout.split('\n\n').slice(1).join('\n\n')).filter((p) => paragraphs(round1).includes(p));
    expect(shared).toEqual([]);
    expect(run.stderr).not.toContain('reads like');
  });

  it('warns when her round 2 note reads like round 1 (sent without its text on record), and still prints it', async () => {
    // Round 1 had Sam first and Priya second; round 2 has Priya first: the phrasings meet again.
    const home = newHome();
    const base = withDetail(JSON.parse(readFileSync(FIXTURE, 'utf8')));
    const people = base.interviewers;
    const sent = [{ kind: 'thank-you', to: 'Priya Raghunathan', at: '2026-11-24T18:00:00.000Z' }];
    const first = join(home, 'round-1.json');
    writeFileSync(first, JSON.stringify({ ...base, interviewers: [people[1], people[0]], sent }));
    expect((await runCli(['import', first], { home, env })).code).toBe(0);
    const second = join(home, 'round-2.json');
    writeFileSync(second, JSON.stringify({ ...base, interviewDate: '2026-12-03' }));
    expect((await runCli(['import', second, '--round'], { home, env })).code).toBe(0);
    const run = await runCli(['regen', `${ID}-round-2`, '--kind', 'thank-you', '--to', 'Priya', '--print'], { home, env });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/reads like what you sent Priya Raghunathan after round 1 \(\d+% the same words\)/);
    expect(run.stdout).toMatch(/^Subject: .*second round\n\nDear Priya,\n/);
  });
});

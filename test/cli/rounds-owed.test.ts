// A second round through the built CLI, as a new user met it: the round-1 thank-you still owed
// to someone met only in round 1 stays on import's "Next", `list`, `calendar` and `sent`,
// labelled with its round and its own command, until it is sent.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newHome, runCli } from '../helpers/run-cli.js';

const FIXTURE = join(import.meta.dirname, '../fixtures/interviews/acme.json');
const ID = 'acme-robotics-senior-backend-engineer';
const env = { FOLLOWUP_COACH_NOW: '2026-12-01' };

describe('a thank-you an earlier round still owes', () => {
  it('is on import, list, calendar and sent until it goes out, under round 1', async () => {
    const home = newHome();
    const first = JSON.parse(readFileSync(FIXTURE, 'utf8'));
    first.interviewDate = '2026-11-27';
    writeFileSync(join(home, 'round-1.json'), JSON.stringify(first));
    expect((await runCli(['import', join(home, 'round-1.json')], { home, env })).code).toBe(0);
    // Round 2 meets Priya again and Lena for the first time; Sam, who called, only in round 1.
    const second = { ...first, candidate: undefined, interviewDate: '2026-11-30' };
    second.interviewers = [
      first.interviewers[0],
      { name: 'Lena Fischer', title: 'CTO', email: 'lena@acme.example', medium: 'email', topics: ['the roadmap'] },
    ];
    writeFileSync(join(home, 'round-2.json'), JSON.stringify(second));

    const imported = await runCli(['import', join(home, 'round-2.json'), '--round'], { home, env });
    expect(imported.stdout.split('\n').slice(2, 5)).toEqual([
      'Next: thank-you to Sam Ortiz (round 1): overdue since Saturday, November 28, send it today',
      '  These were due by the end of Saturday, November 28. Send them today anyway: a late thank-you still counts, and silence does not.',
      `  followup-coach regen ${ID} --kind thank-you --to "Sam Ortiz"`,
    ]);

    const list = await runCli(['list'], { home, env });
    expect(list.stdout.split('\n').slice(0, 4)).toEqual([
      `${ID}-round-2`,
      '  Acme Robotics, Senior Backend Engineer · 2 rounds: round 1 Friday, November 27, round 2 Monday, November 30',
      '  next: thank-you to Sam Ortiz (round 1): overdue since Saturday, November 28, send it today',
      `  followup-coach regen ${ID} --kind thank-you --to "Sam Ortiz"`,
    ]);

    const calendar = JSON.parse((await runCli(['calendar', '--json'], { home, env })).stdout);
    const thanks = calendar.events.filter((event: { kind: string }) => event.kind === 'thank-you');
    expect(thanks.map((event: { id: string; to: string; summary: string }) => [event.id, event.to, event.summary])).toEqual([
      [ID, 'Sam Ortiz', 'Call Sam Ortiz to say thank you: Acme Robotics, round 1'],
      [`${ID}-round-2`, 'Priya Raghunathan', 'Send a thank-you to Priya Raghunathan: Acme Robotics, round 2'],
      [`${ID}-round-2`, 'Lena Fischer', 'Send a thank-you to Lena Fischer: Acme Robotics, round 2'],
    ]);
    // The round's own id gives the same steps: it is one application.
    const one = JSON.parse((await runCli(['calendar', ID, '--json'], { home, env })).stdout);
    expect(one.events.map((event: { uid: string }) => event.uid)).toEqual(
      calendar.events.map((event: { uid: string }) => event.uid),
    );

    const sent = await runCli(['sent', ID, '--kind', 'thank-you', '--to', 'Sam'], { home, env });
    expect(sent.stdout.split('\n').slice(0, 2)).toEqual([
      'Recorded: the thank-you note to Sam Ortiz went out on Tuesday, December 1.',
      'Next: thank-you to Priya Raghunathan and Lena Fischer (round 2): due today',
    ]);
    expect((await runCli(['list'], { home, env })).stdout.split('\n')[2]).toBe(
      '  next: thank-you to Priya Raghunathan and Lena Fischer (round 2): due today',
    );
  });
});

// status and sent against a real store: what they record, what the schedule then says, their
// JSON, their mistakes (exit 2), and list showing the outcome; rounds of one application.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newHome, runCli } from '../helpers/run-cli.js';

const FIXTURE = join(import.meta.dirname, '../fixtures/interviews/acme.json');
const ID = 'acme-robotics-senior-backend-engineer';

async function saved(): Promise<string> {
  const home = newHome();
  expect((await runCli(['import', FIXTURE], { home })).code).toBe(0);
  return home;
}

describe('status', () => {
  it('records a no with who told and when; the schedule moves to the thanks and a stay-in-touch note', async () => {
    const home = await saved();
    const run = await runCli(['status', ID, 'not-selected', '--told-by', 'dana', '--on', 'yesterday'], {
      home,
      env: { FOLLOWUP_COACH_NOW: '2026-12-02' },
    });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toBe(
      `Recorded for ${ID}: not selected this time (Tuesday, December 1, told by Dana Kim).\n` +
        // Dana, the recruiter, told the news without sitting on the panel: her reply comes first,
        // and the panel's thanks are due the same day.
        'Next: thanks after the decision to Dana Kim and Priya Raghunathan, and a call to Sam Ortiz: due today\n',
    );
    const [row] = JSON.parse((await runCli(['list', '--json'], { home, env: { FOLLOWUP_COACH_NOW: '2026-12-02' } })).stdout);
    expect(row).toMatchObject({ status: 'not-selected', toldBy: 'Dana Kim', statusOn: '2026-12-01' });
    const list = await runCli(['list'], { home, env: { FOLLOWUP_COACH_NOW: '2026-12-02', COLUMNS: '200' } });
    expect(list.stdout).toContain(
      '  Acme Robotics, Senior Backend Engineer · interviewed Tuesday, November 24 · not selected (told by Dana Kim, Tuesday, December 1)\n',
    );
    // All three thanks sent: the stay-in-touch note about three months after them.
    for (const to of ['Dana', 'Priya', 'Sam'])
      expect(
        (await runCli(['sent', ID, '--kind', 'not-selected', '--to', to], { home, env: { FOLLOWUP_COACH_NOW: '2026-12-02' } }))
          .code,
      ).toBe(0);
    const after = JSON.parse((await runCli(['list', '--json'], { home, env: { FOLLOWUP_COACH_NOW: '2026-12-02' } })).stdout)[0];
    expect(after.next).toMatchObject({ kind: 'stay-in-touch', notBefore: '2027-03-02', state: 'upcoming' });
  });

  it('after an offer nothing is chased, in text and JSON', async () => {
    const home = await saved();
    const run = await runCli(['status', ID, 'offer', '--json'], { home });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      id: ID,
      status: 'offer',
      statusOn: '2026-11-25',
      toldBy: null,
      next: null,
      done: 'You have an offer: nothing more to send for this interview. Answer the offer itself, and thank whoever made it in that reply.',
    });
    const list = await runCli(['list'], { home, env: { COLUMNS: '200' } });
    expect(list.stdout).toContain(
      ' · offer (Wednesday, November 25)\n  You have an offer: nothing more to send for this interview. Answer the offer itself, and thank whoever made it in that reply.\n',
    );
  });

  it('says what is wrong with an outcome, a day or a flag (exit 2), and changes nothing', async () => {
    const home = await saved();
    const cases: [string[], string][] = [
      [
        ['status', ID, 'rejected'],
        `followup-coach: "rejected" is not an outcome. Did you mean not-selected?\nTry: followup-coach status ${ID} waiting|not-selected|offer|closed\n`,
      ],
      [
        ['status', ID, 'thinking'],
        `followup-coach: "thinking" is not an outcome.\nTry: followup-coach status ${ID} waiting|not-selected|offer|closed\n`,
      ],
      [
        ['status', ID, 'offr'],
        `followup-coach: "offr" is not an outcome. Did you mean offer?\nTry: followup-coach status ${ID} waiting|not-selected|offer|closed\n`,
      ],
      [
        ['status', ID, 'offer', '--on', 'next week'],
        'followup-coach: --on "next week" is not a day that has passed.\nTry: --on today, --on yesterday, --on monday or --on 2026-11-30\n',
      ],
      [
        ['status', ID, 'offer', '--on', '31/02'],
        'followup-coach: --on 31/02 is not a real calendar day.\nTry: --on today, --on yesterday, --on monday or --on 2026-11-30\n',
      ],
      [
        ['status', ID, 'offer', '--on', 'Feb 30'],
        'followup-coach: --on Feb 30 is not a real calendar day.\nTry: --on today, --on yesterday, --on monday or --on 2026-11-30\n',
      ],
      [
        ['status', ID, 'offer', '--on', 'banana'],
        'followup-coach: --on "banana" is not a day followup-coach can read.\nTry: --on today, --on yesterday, --on monday or --on 2026-11-30\n',
      ],
      [
        ['status', ID, 'offer', '--on', '2026-11-01'],
        'followup-coach: --on Sunday, November 1 is before the interview (Tuesday, November 24).\nTry: --on today, --on yesterday, --on monday or --on 2026-11-30\n',
      ],
      [
        ['status', ID, 'waiting', '--told-by', 'Dana'],
        `followup-coach: --told-by says who told you the outcome, so it needs an outcome other than waiting.\nTry: followup-coach status ${ID} not-selected --told-by NAME\n`,
      ],
      [['status', ID], 'followup-coach: status needs OUTCOME.\nTry: followup-coach status --help\n'],
    ];
    for (const [args, stderr] of cases) expect(await runCli(args, { home })).toMatchObject({ code: 2, stdout: '', stderr });
    expect(JSON.parse((await runCli(['list', '--json'], { home })).stdout)[0].status).toBe('waiting');
  });
});

describe('sent', () => {
  it('records notes sent by hand; after two follow-ups without an answer it says to stop', async () => {
    const home = await saved();
    const env = { FOLLOWUP_COACH_NOW: '2026-12-22' };
    const steps: [string[], string][] = [
      [
        ['--kind', 'thank-you', '--to', 'Priya', '--on', '2026-11-24'],
        'Recorded: the thank-you note to Priya Raghunathan went out on Tuesday, November 24.\n',
      ],
      [
        ['--kind', 'thank-you', '--to', 'Sam Ortiz', '--on', '2026-11-24'],
        'Recorded: the thank-you call to Sam Ortiz, made on Tuesday, November 24.\n',
      ],
      [
        ['--kind', 'follow-up', '--to', 'Priya', '--on', '2026-12-07'],
        'Recorded: the follow-up note to Priya Raghunathan went out on Monday, December 7.\n',
      ],
      [
        ['--kind', 'voicemail', '--to', 'Sam', '--on', '2026-12-07'],
        'Recorded: the follow-up call to Sam Ortiz, made on Monday, December 7.\n',
      ],
      [
        ['--kind', 'follow-up', '--to', 'Priya', '--on', '2026-12-21'],
        'Recorded: the follow-up note to Priya Raghunathan went out on Monday, December 21.\n',
      ],
    ];
    for (const [args, line] of steps) {
      const run = await runCli(['sent', ID, ...args], { home, env });
      expect({ code: run.code, stderr: run.stderr, first: `${run.stdout.split('\n')[0]}\n` }).toEqual({
        code: 0,
        stderr: '',
        first: line,
      });
    }
    const last = await runCli(['sent', ID, '--kind', 'voicemail', '--to', 'Sam', '--on', 'yesterday', '--json'], { home, env });
    expect(JSON.parse(last.stdout)).toEqual({
      id: ID,
      recorded: { kind: 'voicemail', to: 'Sam Ortiz', at: new Date('2026-12-21T12:00:00').toISOString(), method: 'outside' },
      next: null,
      done: 'Two follow-ups went out without a reply: stop here. A third note would not help; put the energy into other openings.',
    });
  });

  it('needs --kind and --to, and a person of that note', async () => {
    const home = await saved();
    expect(await runCli(['sent', ID, '--to', 'Priya'], { home })).toMatchObject({
      code: 2,
      stderr: `followup-coach: sent needs --kind: which note went out, and to whom.\nTry: followup-coach sent ${ID} --kind follow-up --to NAME [--on DATE]\n`,
    });
    expect((await runCli(['sent', ID, '--kind', 'thank-you', '--to', 'Nobody'], { home })).code).toBe(2);
    expect((await runCli(['sent', ID, '--kind', 'thankyou', '--to', 'Priya'], { home })).code).toBe(0);
  });
});

describe('rounds', () => {
  it('a later interview for the same role is its next round; list shows one line with both, the latest decides', async () => {
    const home = await saved();
    const second = JSON.parse(readFileSync(FIXTURE, 'utf8'));
    second.interviewDate = '2026-12-03';
    second.timeframe = null;
    second.interviewers = [
      second.interviewers[0],
      { name: 'Lena Fischer', title: 'CTO', email: 'lena@acme.example', medium: 'email', topics: ['the roadmap for next year'] },
    ];
    const file = join(home, 'round-2.json');
    writeFileSync(file, JSON.stringify(second));
    const env = { FOLLOWUP_COACH_NOW: '2026-12-03' };
    const plain = await runCli(['import', file], { home, env });
    expect(plain.stdout).toContain(
      `If this is a later interview for the same role, save it as the next round: followup-coach import ${file} --round\n`,
    );
    const round = await runCli(['import', file, '--round'], { home, env });
    expect(round.stdout.split('\n')[0]).toBe(`Saved ${ID}-round-2: the second round of this application.`);
    expect((await runCli(['import', file, '--round'], { home, env })).stdout.split('\n')[0]).toBe(
      `Already saved as ${ID}-round-2; nothing changed.`,
    );
    const list = await runCli(['list', '--json'], { home, env });
    const rows = JSON.parse(list.stdout) as {
      id: string;
      rounds: unknown[];
      next: { id: string; round: number; to: string[] };
    }[];
    const acme = rows.filter((row) => row.id.startsWith(ID));
    // The plain import made a separate "-2" interview; the round is one line with its first round.
    expect(acme.map((row) => row.id).sort()).toEqual([`${ID}-2`, `${ID}-round-2`]);
    const application = acme.find((row) => row.id === `${ID}-round-2`)!;
    expect(application.rounds).toEqual([
      { id: ID, round: 1, date: '2026-11-24' },
      { id: `${ID}-round-2`, round: 2, date: '2026-12-03' },
    ]);
    // Sam, met in round 1 only, is still owed its thank-you: it comes first, under round 1's id.
    expect(application.next).toMatchObject({ id: ID, round: 1, to: ['Sam Ortiz'], state: 'overdue' });
    const text = await runCli(['list'], { home, env: { ...env, COLUMNS: '200' } });
    expect(text.stdout).toContain(
      `${ID}-round-2\n  Acme Robotics, Senior Backend Engineer · 2 rounds: round 1 Tuesday, November 24, round 2 Thursday, December 3\n` +
        '  next: thank-you call to Sam Ortiz (round 1): overdue since Wednesday, November 25; make it today\n' +
        `  followup-coach regen ${ID} --kind thank-you --to "Sam Ortiz"\n` +
        // Round 2's own thank-yous, due meanwhile, are not hidden behind it.
        '  also due: thank-you to Priya Raghunathan and Lena Fischer (round 2): due now, by Friday, December 4\n',
    );
    // Priya was met again: her round-2 thank-you moves on to other phrasings, so there is no
    // repeat to point out (test/cli/round-repeat.test.ts shows the warning when one coincides).
    const [first] = JSON.parse(
      (await runCli(['regen', ID, '--kind', 'thank-you', '--to', 'Priya', '--json'], { home, env })).stdout,
    );
    const exported = JSON.parse((await runCli(['export', ID], { home, env })).stdout);
    exported.sent = [
      { kind: 'thank-you', to: 'Priya Raghunathan', at: '2026-11-24T17:00:00.000Z', subject: first.subject, body: first.body },
    ];
    writeFileSync(join(home, 'round-1.json'), JSON.stringify(exported));
    expect((await runCli(['import', join(home, 'round-1.json'), '--replace'], { home, env })).code).toBe(0);
    const again = await runCli(['regen', `${ID}-round-2`, '--kind', 'thank-you', '--to', 'Priya', '--print'], { home, env });
    expect(again.code).toBe(0);
    expect(again.stderr).not.toContain('reads like what you sent');
    expect(again.stdout).toContain('Dear Priya');
    expect(again.stdout).not.toContain(first.body.split('\n\n')[1]);
    // An outcome given for the first round's id goes on the latest round, which the list shows.
    const status = await runCli(['status', ID, 'offer'], { home, env });
    expect(status.stdout.split('\n')[0]).toBe(`Recorded for ${ID}-round-2: an offer (Thursday, December 3).`);
    expect((await runCli(['list'], { home, env: { ...env, COLUMNS: '200' } })).stdout).toContain(
      'round 2 Thursday, December 3 · offer (Thursday, December 3)\n',
    );
  });
});

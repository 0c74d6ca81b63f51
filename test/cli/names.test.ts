// A person named on the command line, as the pharmacist of the first-use report named hers: every
// command that asks for one (status --told-by, check --to, sent --to, regen --to) finds the same
// person from a given name, a surname, with or without title and accents, and stores the saved
// name; `sent` of a note already recorded changes nothing; --on of a date that does not exist.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newHome, runCli } from '../helpers/run-cli.js';

const ID = 'st-brigids-hospital-clinical-pharmacist';
const env = { FOLLOWUP_COACH_NOW: '2026-12-01' };
const BRIGIDS = {
  version: 1,
  candidate: { name: 'Maren Holloway', email: 'maren@example.com', phone: '+1 555 0100' },
  company: "St. Brigid's Hospital",
  role: 'Clinical Pharmacist',
  interviewDate: '2026-11-30',
  format: 'onsite',
  timeframe: 'by the end of next week',
  status: 'waiting',
  recruiter: { name: 'Gail Porter', email: 'gail.porter@stbrigids.example' },
  interviewers: [
    {
      name: 'Dr. Oluwaseun Adébáyọ̀',
      title: 'Director of Pharmacy',
      email: 'o.adebayo@stbrigids.example',
      medium: 'email',
      topics: ['antimicrobial stewardship rounds'],
    },
    {
      name: 'Siobhán Ní Bhriain',
      title: 'Lead Pharmacist',
      email: 's.nibhriain@stbrigids.example',
      medium: 'email',
      topics: ['the night dispensing rota'],
    },
    { name: 'Tom Kessler', title: 'Technician Lead', phone: '+1 555 0142', medium: 'phone', topics: ['the robot dispenser'] },
  ],
};
const EVERYONE = 'Dr. Oluwaseun Adébáyọ̀, Siobhán Ní Bhriain, Tom Kessler, Gail Porter';

async function saved(): Promise<string> {
  const home = newHome();
  const file = join(home, 'brigids.json');
  writeFileSync(file, JSON.stringify(BRIGIDS));
  expect((await runCli(['import', file], { home, env })).code).toBe(0);
  return home;
}

describe('status --told-by', () => {
  it('stores the person a given name or surname names, and the export imports back', { timeout: 60_000 }, async () => {
    const home = await saved();
    const run = await runCli(['status', ID, 'not-selected', '--told-by', 'Adebayo'], { home, env });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout.split('\n')[0]).toBe(
      `Recorded for ${ID}: not selected this time (Tuesday, December 1, told by Dr. Oluwaseun Adébáyọ̀).`,
    );
    const exported = await runCli(['export', ID], { home, env });
    expect(JSON.parse(exported.stdout).toldBy).toBe('Dr. Oluwaseun Adébáyọ̀');
    const file = join(home, 'export.json');
    writeFileSync(file, exported.stdout);
    expect(await runCli(['import', file, '--replace'], { home, env })).toMatchObject({ code: 0, stderr: '' });
  });

  it('refuses a name that fits nobody (exit 2, listing who is in the interview) and records nothing', async () => {
    const home = await saved();
    expect(await runCli(['status', ID, 'not-selected', '--told-by', 'Priya'], { home, env })).toMatchObject({
      code: 2,
      stdout: '',
      stderr: `followup-coach: --told-by "Priya" is nobody in this interview.\nTry: --told-by with one of: ${EVERYONE}\n`,
    });
    expect(JSON.parse((await runCli(['list', '--json'], { home, env })).stdout)[0]).toMatchObject({ status: 'waiting' });
  });

  it('answers a slip of a name with the person it was likely meant for, and records nothing', async () => {
    const home = await saved();
    expect(await runCli(['status', ID, 'not-selected', '--told-by', 'Gial'], { home, env })).toMatchObject({
      code: 2,
      stdout: '',
      stderr: `followup-coach: --told-by "Gial" is nobody in this interview. Did you mean Gail Porter?\nTry: --told-by with one of: ${EVERYONE}\n`,
    });
    expect(JSON.parse((await runCli(['list', '--json'], { home, env })).stdout)[0]).toMatchObject({ status: 'waiting' });
  });

  it('refuses a name two people share, with both', async () => {
    const home = newHome();
    const file = join(home, 'two-toms.json');
    const tom = BRIGIDS.interviewers[2]!;
    writeFileSync(file, JSON.stringify({ ...BRIGIDS, interviewers: [tom, { ...tom, name: 'Tom Okafor' }] }));
    expect((await runCli(['import', file], { home, env })).code).toBe(0);
    expect(await runCli(['status', ID, 'not-selected', '--told-by', 'tom'], { home, env })).toMatchObject({
      code: 2,
      stderr:
        'followup-coach: --told-by "tom" fits both Tom Kessler and Tom Okafor: say which.\n' +
        'Try: --told-by with one of: Tom Kessler, Tom Okafor, Gail Porter\n',
    });
  });
});

describe('check --to', () => {
  const draft = (home: string) => {
    const file = join(home, 'draft.txt');
    writeFileSync(
      file,
      'Dear Dr. Adébáyọ̀,\n\nThank you for your time yesterday. I enjoyed our talk about antimicrobial stewardship rounds.\n\nBest regards,\nMaren Holloway\n',
    );
    return file;
  };
  const check = (home: string, to: string) =>
    runCli(['check', draft(home), '--profile', ID, '--to', to, '--kind', 'thank-you', '--no-spell'], { home, env });

  // Four runs of check: room for a machine busy with other suites.
  it('finds the person by surname, without accents or with a title, and the rules see who it is', {
    timeout: 90_000,
  }, async () => {
    const home = await saved();
    for (const to of ['Adebayo', 'Oluwaseun', 'dr adébáyọ̀']) {
      const run = await check(home, to);
      expect({ to, code: run.code, stderr: run.stderr }).toEqual({ to, code: 0, stderr: '' });
    }
    // Kessler is found too: the greeting is then the wrong name, which only a found person shows.
    const kessler = await check(home, 'Kessler');
    expect(kessler.code).toBe(1);
    // The report wraps its lines: read it as one line.
    expect(kessler.stdout.replace(/\s+/g, ' ')).toContain(
      'The greeting says "Adébáyọ̀", which is Dr. Oluwaseun Adébáyọ̀\'s name, but this note is for Tom Kessler.',
    );
  });

  it('refuses a name that fits nobody, listing who is in the interview', async () => {
    const home = await saved();
    expect(await check(home, 'Priya')).toMatchObject({
      code: 2,
      stderr: `followup-coach: "Priya" is not in this interview.\nTry: --to with one of: ${EVERYONE}\n`,
    });
  });
});

describe('sent', () => {
  it('a note already recorded is said so, with its day, and recorded once', { timeout: 60_000 }, async () => {
    const home = await saved();
    const first = await runCli(['sent', ID, '--kind', 'thank-you', '--to', 'Ni Bhriain', '--on', 'yesterday'], { home, env });
    expect(first.stdout.split('\n')[0]).toBe(
      'Recorded: the thank-you note to Siobhán Ní Bhriain went out on Monday, November 30.',
    );
    const again = await runCli(['sent', ID, '--kind', 'thank-you', '--to', 'Siobhan'], { home, env });
    expect(again).toMatchObject({ code: 0, stderr: '' });
    expect(again.stdout.split('\n')[0]).toBe(
      'Already recorded: the thank-you note to Siobhán Ní Bhriain went out on Monday, November 30. Nothing changed.',
    );
    const json = JSON.parse(
      (await runCli(['sent', ID, '--kind', 'thank-you', '--to', 'Siobhán', '--json'], { home, env })).stdout,
    );
    expect(json).toMatchObject({ recorded: null, alreadyRecorded: { kind: 'thank-you', to: 'Siobhán Ní Bhriain' } });
    const log = JSON.parse((await runCli(['export', ID], { home, env })).stdout).sent;
    expect(log.map((entry: { to: string }) => entry.to)).toEqual(['Siobhán Ní Bhriain']);
  });

  it('--on a date that does not exist says so, as the session does', async () => {
    const home = await saved();
    expect(await runCli(['sent', ID, '--kind', 'thank-you', '--to', 'Tom', '--on', '2026-13-01'], { home, env })).toMatchObject({
      code: 2,
      stderr:
        'followup-coach: --on 2026-13-01 is not a real calendar day.\nTry: --on today, --on yesterday, --on monday or --on 2026-11-30\n',
    });
  });
});

// Priyanka's application to Van der Berg Infrastructure through the built CLI: round 1 on
// Monday, November 16 with Sean O'Neill (thanked that day, his address on file) and round 2 on
// Monday, November 30 with Joost, María José, Sean again (no address typed this time) and the
// recruiter Alex Kim, who sat on the panel and is greeted "Ms Kim".
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newHome, runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const STEM = 'van-der-berg-infrastructure-senior-structural-engineer';
const ROUND_2 = `${STEM}-round-2`;
const NOW = { FOLLOWUP_COACH_NOW: '2026-11-30' };

const candidate = { name: 'Priyanka Raman', email: 'priyanka.raman@example.com', phone: '+44 7700 900456' };
const shared = { version: 1, candidate, company: 'Van der Berg Infrastructure', role: 'Senior Structural Engineer' };
const alex = { name: 'Alex Kim', email: 'alex.kim@vdberg.example' };

const ROUND_1_FILE = {
  ...shared,
  interviewDate: '2026-11-16',
  format: 'video',
  timeframe: 'within two weeks',
  recruiter: alex,
  interviewers: [
    {
      name: "Sean O'Neill",
      title: 'Principal Engineer',
      email: 'sean.oneill@vdberg.example',
      medium: 'email',
      topics: ['the bridge deck retrofit'],
    },
    { name: 'Ruth Adler', title: 'Bridge Engineer', email: 'ruth@vdberg.example', medium: 'email', topics: ['scour surveys'] },
  ],
  sent: [{ kind: 'thank-you', to: "Sean O'Neill", at: '2026-11-16T17:00:00.000Z', method: 'clipboard' }],
};

const ROUND_2_FILE = {
  ...shared,
  interviewDate: '2026-11-30',
  format: 'onsite',
  timeframe: 'by the end of next week',
  tone: 'formal',
  recruiter: alex,
  interviewers: [
    {
      name: 'Joost van der Berg',
      title: 'Managing Director',
      email: 'joost@vdberg.example',
      medium: 'email',
      topics: ['rail work'],
    },
    { name: "Sean O'Neill", title: 'Principal Engineer', medium: 'email', topics: ['the load rating of the canal bridges'] },
    { ...alex, title: 'Talent Partner', medium: 'email', greeting: 'Ms Kim', topics: ['the relocation package'] },
  ],
};

async function twoRounds(): Promise<string> {
  const home = newHome();
  for (const [name, data, args] of [
    ['round-1.json', ROUND_1_FILE, []],
    ['round-2.json', ROUND_2_FILE, ['--round']],
  ] as const) {
    const file = join(home, name);
    writeFileSync(file, JSON.stringify(data));
    const run = await runCli(['import', file, ...args], { home, env: NOW });
    expect(run.code, run.stderr).toBe(0);
  }
  return home;
}

describe('round 1 seen from round 2', () => {
  it('regen of the thank-you Sean had on the day is not called late; Ruth, never thanked, is', async () => {
    const home = await twoRounds();
    const sean = await runCli(['regen', STEM, '--kind', 'thank-you', '--to', 'Sean', '--print'], { home, env: NOW });
    expect(sean.code).toBe(0);
    expect(sean.stdout).toMatch(/^Subject: Thank you: Senior Structural Engineer interview\n\nDear Sean,\n/);
    expect(sean.stderr).not.toContain('late-thank-you');
    const ruth = await runCli(['regen', STEM, '--kind', 'thank-you', '--to', 'Ruth', '--print'], { home, env: NOW });
    expect(ruth.stderr).toContain('late-thank-you');
    expect(ruth.stderr).toContain('Your interview was 14 days ago');
  }, 120_000);
});

describe('an address given in round 1', () => {
  it('is Sean’s in round 2: no contact request for it, and his mail draft is addressed to him', async () => {
    const home = await twoRounds();
    const exported = JSON.parse((await runCli(['export', ROUND_2], { home, env: NOW })).stdout) as {
      interviewers: { name: string; email?: string }[];
    };
    expect(exported.interviewers.map((person) => [person.name, person.email])).toEqual([
      ['Joost van der Berg', 'joost@vdberg.example'],
      ["Sean O'Neill", 'sean.oneill@vdberg.example'],
      ['Alex Kim', 'alex.kim@vdberg.example'],
    ]);
    // The application owes Ruth's round-1 thank-you first; no step asks Alex for Sean's address.
    const list = await runCli(['list'], { home, env: NOW });
    expect(list.stdout).toContain('next: thank-you to Ruth Adler (round 1)');
    expect(list.stdout).not.toContain('contact-request');
    const asked = await runCli(['regen', ROUND_2, '--kind', 'contact-request', '--print'], { home, env: NOW });
    expect(asked.stdout).not.toContain("the e-mail address of Sean O'Neill");

    const dir = tempDir();
    const later = { FOLLOWUP_COACH_NOW: '2026-12-14' };
    expect(
      (await runCli(['regen', ROUND_2, '--kind', 'follow-up', '--to', 'Sean', '--eml', dir], { home, env: later })).code,
    ).toBe(0);
    const [draft] = readdirSync(dir);
    expect(readFileSync(join(dir, draft!), 'utf8')).toMatch(/^To: "Sean O'Neill" <sean\.oneill@vdberg\.example>\r?$/m);
  }, 120_000);

  it('importing round 2 again changes nothing and warns about no address', async () => {
    const home = await twoRounds();
    const file = join(home, 'round-2.json');
    const again = await runCli(['import', file, '--round'], { home, env: NOW });
    expect(again.stdout.split('\n')[0]).toBe(`Already saved as ${ROUND_2}; nothing changed.`);
    expect(again.stderr).toBe('');
  }, 120_000);
});

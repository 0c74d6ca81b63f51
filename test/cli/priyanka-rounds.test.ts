// Priyanka's application to Van der Berg Infrastructure through the built CLI: round 1 on
// Monday, November 16 with Sean O'Neill (thanked that day, his address on file) and round 2 on
// Monday, November 30 with Joost, María José, Sean again (no address typed this time) and the
// recruiter Alex Kim, who sat on the panel and is greeted "Ms Kim".
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newHome, runCli } from '../helpers/run-cli.js';

const STEM = 'van-der-berg-infrastructure-senior-structural-engineer';
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

// `regen --print` of a note to someone with no address says so on stderr (the note itself goes to
// stdout), and after a no it promises no request for the address: nobody is asked then.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

const ID = 'acme-robotics-senior-backend-engineer';
const folder = mkdtempSync(join(tmpdir(), 'fc-regen-no-address-'));

/** The README's example, told no on Monday, November 30, with no e-mail address for Priya. */
function toldNo(): string {
  const interview = JSON.parse(readFileSync(resolve(ROOT, 'test/fixtures/interviews/acme.json'), 'utf8'));
  const [priya, ...rest] = interview.interviewers;
  const { email: _email, ...noEmail } = priya;
  const path = join(folder, 'acme-no.json');
  writeFileSync(
    path,
    JSON.stringify({ ...interview, status: 'not-selected', statusOn: '2026-11-30', interviewers: [noEmail, ...rest] }),
  );
  return path;
}

describe('regen --print to someone with no address', () => {
  it('says it on stderr for the note after a no and the stay-in-touch note, with no request promised', async () => {
    const env = { FOLLOWUP_COACH_NOW: '2026-11-30' };
    const imported = await runCli(['import', toldNo()], { env });
    expect(imported.code).toBe(0);
    for (const kind of ['not-selected', 'stay-in-touch']) {
      const result = await runCli(['regen', ID, '--kind', kind, '--to', 'Priya', '--print'], { env, home: imported.home });
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('Dear Priya');
      expect(result.stderr).toContain(
        'There is no e-mail address for Priya Raghunathan yet: after the decision the coach asks nobody for it.',
      );
      expect(result.stderr).not.toContain('ask the recruiter');
    }
  });
});

// A trial (a panel of three who wrote and one who phoned): once every thank-you was sent, `sent`
// and `list` named only the three follow-up e-mails as the next step, leaving out the follow-up
// call due the same day, and the home on that day counted one note where the review had four.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { newHome, runCli } from '../helpers/run-cli.js';

const ACME = join(import.meta.dirname, '../fixtures/interviews/acme.json');
const ID = 'acme-robotics-senior-backend-engineer';
const BOTH = 'follow-up to Priya Raghunathan and follow-up call to Sam Ortiz';
/** `list` laid out for 80 columns, its broken lines joined again. */
const listed = async (home: string, env: NodeJS.ProcessEnv = {}) =>
  (await runCli(['list'], { home, env })).stdout.replace(/\n {4}/g, ' ');

describe('the next step names everyone it is due to, calls as calls', () => {
  let home = '';
  beforeAll(async () => {
    home = newHome();
    expect((await runCli(['import', ACME], { home })).code).toBe(0);
    expect((await runCli(['sent', ID, '--kind', 'thank-you', '--to', 'Priya'], { home })).code).toBe(0);
  });

  it('in what `sent` prints, and in `list` and its --json text', async () => {
    const sent = await runCli(['sent', ID, '--kind', 'thank-you', '--to', 'Sam'], { home });
    expect(sent.stdout).toContain(`Next: ${BOTH}: not before Monday, December 7\n`);
    expect(await listed(home)).toContain(`  next: ${BOTH}: not before Monday, December 7\n`);
    const [row] = JSON.parse((await runCli(['list', '--json'], { home })).stdout);
    expect(row.next.text).toBe(`${BOTH}: not before Monday, December 7`);
  });

  it('in what regen says when nothing is due yet; --to one person names that person alone', async () => {
    expect((await runCli(['regen', ID, '--print'], { home })).stderr).toContain(`Next: ${BOTH}: not before Monday, December 7`);
    const sam = await runCli(['regen', ID, '--print', '--to', 'Sam'], { home });
    expect(sam.stderr).toContain('Next: follow-up call to Sam Ortiz: not before Monday, December 7');
  });

  it('on the day, as due now', async () => {
    expect(await listed(home, { FOLLOWUP_COACH_NOW: '2026-12-07' })).toContain(
      `  next: ${BOTH}: due now, by Tuesday, December 8\n`,
    );
  });
});

describe('what `sent` says next names every step due, as `list` does', () => {
  // A trial: with the follow-up call to Sam overdue, recording the follow-up to Priya said only
  // "Next: follow-up call to Sam Ortiz"; the second follow-up to Priya, due meanwhile, was on
  // `list`'s "also due" line and not here.
  it('says the step due beside the next one on a line of its own', async () => {
    const home = newHome();
    const env = { FOLLOWUP_COACH_NOW: '2026-12-18' };
    expect((await runCli(['import', ACME], { home, env })).code).toBe(0);
    for (const to of ['Priya', 'Sam'])
      expect((await runCli(['sent', ID, '--kind', 'thank-you', '--to', to, '--on', '2026-11-24'], { home, env })).code).toBe(0);
    const run = await runCli(['sent', ID, '--kind', 'follow-up', '--to', 'Priya', '--on', '2026-12-07'], { home, env });
    expect({ code: run.code, stderr: run.stderr, stdout: run.stdout }).toEqual({
      code: 0,
      stderr: '',
      stdout:
        'Recorded: the follow-up note to Priya Raghunathan went out on Monday, December 7.\n' +
        'Next: follow-up call to Sam Ortiz: overdue since Tuesday, December 8; make it today\n' +
        'Also due: follow-up to Priya Raghunathan: due now, by Monday, December 21\n',
    });
  });
});

// regen --kind of a note whose step is not due yet (the built CLI in a subprocess): the note is
// still written, exit 0, and stderr says when it is due, so it is not sent months early by mistake.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { newHome, runCli } from '../helpers/run-cli.js';

const FIXTURE = join(import.meta.dirname, '../fixtures/interviews/acme.json');
const ID = 'acme-robotics-senior-backend-engineer';
const env = { FOLLOWUP_COACH_NOW: '2026-12-02' };

describe('regen of a note not due yet', () => {
  const home = newHome();
  const cli = (...args: string[]) => runCli(args, { home, env });
  beforeAll(async () => {
    expect((await cli('import', FIXTURE)).code).toBe(0);
    expect((await cli('status', ID, 'not-selected', '--told-by', 'dana', '--on', 'yesterday')).code).toBe(0);
    // Both thanks after the no sent: the stay-in-touch note comes about three months later.
    for (const to of ['Priya', 'Sam']) expect((await cli('sent', ID, '--kind', 'not-selected', '--to', to)).code).toBe(0);
  });

  it('--print of the stay-in-touch note says when it is due, and prints it', async () => {
    const shown = await cli('regen', ID, '--kind', 'stay-in-touch', '--to', 'Priya', '--print');
    expect(shown.code).toBe(0);
    expect(shown.stderr.split('\n')[0]).toBe(
      'Not due yet: stay-in-touch note to Priya Raghunathan: not before Tuesday, March 2, 2027. Read it now, and send it then.',
    );
    expect(shown.stdout).toContain('Dear Priya,');
  });

  it('a reply to a no asked for while the interview still waits says it is for after a no', async () => {
    const waiting = newHome();
    expect((await runCli(['import', FIXTURE], { home: waiting, env })).code).toBe(0);
    for (const kind of ['not-selected', 'stay-in-touch']) {
      const shown = await runCli(['regen', ID, '--kind', kind, '--to', 'Priya', '--print'], { home: waiting, env });
      expect(shown.code).toBe(0);
      expect(shown.stderr.split('\n')[0]).toBe(
        `Not due yet: this note is for after a no, and no decision is recorded. Read it now; once you hear, record it with: followup-coach status ${ID} not-selected --told-by NAME`,
      );
      expect(shown.stdout).toContain('Dear Priya,');
    }
  });

  it('a note that is due now gets no such line', async () => {
    const shown = await cli('regen', ID, '--kind', 'thank-you', '--to', 'Priya', '--print');
    expect(shown.code).toBe(0);
    expect(shown.stderr).not.toContain('Not due yet');
  });
});

describe('regen --eml of a follow-up before its day', () => {
  const home = newHome();
  const cli = (...args: string[]) => runCli(args, { home, env });
  beforeAll(async () => {
    expect((await cli('import', FIXTURE)).code).toBe(0);
  });

  it('writes no draft, as copying it would not, and says how to read it or write it anyway', async () => {
    const dir = join(home, 'drafts-early');
    const early = await cli('regen', ID, '--kind', 'follow-up', '--to', 'Priya', '--eml', dir);
    expect(early.code).toBe(1);
    expect(early.stderr).toContain('No draft written: the checklist says this note is early');
    expect(early.stderr).toContain(
      `followup-coach regen ${ID} --kind follow-up --to "Priya Raghunathan" --print   (--force writes the draft anyway)`,
    );
    expect(existsSync(dir) ? readdirSync(dir) : []).toEqual([]);
    const forced = await cli('regen', ID, '--kind', 'follow-up', '--to', 'Priya', '--eml', dir, '--force');
    expect(forced.code).toBe(0);
    expect(readdirSync(dir).filter((name) => name.endsWith('.eml'))).toHaveLength(1);
  });
});

// A trial: `regen ID --kind thank-you --eml DIR` wrote a draft for a thank-you already sent, one
// click from a duplicate in the interviewer's inbox. Drafts and mailto: links now leave out the
// notes already sent and name them, unless --to names the person: then it is written, with a
// warning that says when it went.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { newHome, runCli } from '../helpers/run-cli.js';

const PHARMACY = join(import.meta.dirname, '../fixtures/interviews/pharmacy.json');
const ID = 'lakeshore-community-pharmacy-staff-pharmacist';
// The interview was on Monday, November 23, 2026.
const env = { FOLLOWUP_COACH_NOW: '2026-11-23' };

describe('regen --eml and --mailto after a thank-you was sent', () => {
  let home = '';
  beforeEach(async () => {
    home = newHome();
    expect((await runCli(['import', PHARMACY], { home, env })).code).toBe(0);
    const sent = await runCli(['sent', ID, '--kind', 'thank-you', '--to', 'Eze'], { home, env });
    expect(sent.code).toBe(0);
  });

  it('--eml writes only the drafts not sent yet, and names the one left out', async () => {
    const dir = join(home, 'drafts');
    const run = await runCli(['regen', ID, '--kind', 'thank-you', '--eml', dir], { home, env });
    expect(run.code).toBe(0);
    expect(readdirSync(dir)).toEqual(['thank-you-khalid-bin-rashid.eml']);
    expect(run.stderr).toContain(
      'Left out, already sent: the thank-you note to Dr. Ngozi Eze. To write one again anyway, name the person with --to.',
    );
  });

  it('--eml with --to the person writes it again, warning when it was sent', async () => {
    const dir = join(home, 'again');
    const run = await runCli(['regen', ID, '--kind', 'thank-you', '--to', 'Eze', '--eml', dir], { home, env });
    expect(run.code).toBe(0);
    expect(readdirSync(dir)).toEqual(['thank-you-dr-ngozi-eze.eml']);
    expect(run.stderr).toContain(
      'Warning: the thank-you note to Dr. Ngozi Eze was already sent on Monday, November 23. This is that note again: do not send it twice.',
    );
  });

  it('once every e-mail thank-you went, --eml and --mailto make nothing, and say how to anyway', async () => {
    expect((await runCli(['sent', ID, '--kind', 'thank-you', '--to', 'Khalid'], { home, env })).code).toBe(0);
    const dir = join(home, 'none');
    const eml = await runCli(['regen', ID, '--kind', 'thank-you', '--eml', dir], { home, env });
    expect({ code: eml.code, stdout: eml.stdout }).toEqual({ code: 1, stdout: '' });
    expect(eml.stderr).toContain('every thank-you note was already sent, so no draft or link was made.');
    expect(existsSync(dir) ? readdirSync(dir) : []).toEqual([]);
    // The first thank-you not sent yet is Brenda's, a call: no link for it, and none for the others.
    const mailto = await runCli(['regen', ID, '--kind', 'thank-you', '--mailto'], { home, env });
    expect({ code: mailto.code, stdout: mailto.stdout }).toEqual({ code: 2, stdout: '' });
    expect((await runCli(['sent', ID, '--kind', 'thank-you', '--to', 'Brenda'], { home, env })).code).toBe(0);
    const none = await runCli(['regen', ID, '--kind', 'thank-you', '--mailto'], { home, env });
    expect({ code: none.code, stdout: none.stdout }).toEqual({ code: 1, stdout: '' });
    const named = await runCli(['regen', ID, '--kind', 'thank-you', '--to', 'Khalid', '--mailto'], { home, env });
    expect(named.code).toBe(0);
    expect(named.stdout).toMatch(/^mailto:khalid\.binrashid@lakeshorerx\.example\?/);
    expect(named.stderr).toContain('Warning: the thank-you note to Khalid bin Rashid was already sent on Monday, November 23.');
  });
});

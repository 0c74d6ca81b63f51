// After a no, list, status and the calendar plan nothing for people no note can reach (Brasa &
// Co., test/fixtures/interviews/brasa.json, with Chef Aoife's number left out as well as Lin Yu's
// e-mail): no "Call Chef Aoife Ní Bhriain to thank them" reminder for a call to no number.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brasaFile } from '../helpers/brasa.js';
import { newHome, runCli } from '../helpers/run-cli.js';

const ID = 'brasa-co-sous-chef';
// Wide enough that `list` keeps each schedule line whole (it wraps to COLUMNS off a terminal).
const env = { FOLLOWUP_COACH_NOW: '2026-12-09', COLUMNS: '1000' };

describe('after a no, nobody without an address is due a note', () => {
  it('status, list and the calendar name Kwame only, and say why the others are left out', async () => {
    const home = newHome();
    const file = join(home, 'brasa.json');
    writeFileSync(file, JSON.stringify(brasaFile({ 'Chef Aoife Ní Bhriain': { phone: undefined } })));
    expect((await runCli(['import', file], { home, env })).code).toBe(0);
    const status = await runCli(['status', ID, 'not-selected', '--told-by', 'Kwame', '--on', '2026-12-08'], { home, env });
    expect(status).toMatchObject({ code: 0, stderr: '' });
    expect(status.stdout).toContain('Next: thanks after the decision to Kwame Mensah-Bonsu: due today\n');

    const list = await runCli(['list'], { home, env });
    expect(list.stdout).toContain(
      '  next: thanks after the decision to Kwame Mensah-Bonsu: due today\n' +
        '  You have no e-mail address or phone number for Chef Aoife Ní Bhriain and Lin Yu, so no note after the decision can reach them. ',
    );

    const ics = join(home, 'steps.ics');
    expect((await runCli(['calendar', ID, '--out', ics], { home, env })).code).toBe(0);
    expect(readFileSync(ics, 'utf8').match(/^SUMMARY:.*$/gm)).toEqual([
      'SUMMARY:Thank Kwame Mensah-Bonsu after the decision: Brasa & Co.',
      'SUMMARY:Stay in touch with Kwame Mensah-Bonsu: Brasa & Co.',
    ]);
  });
});

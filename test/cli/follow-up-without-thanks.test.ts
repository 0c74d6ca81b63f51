// A follow-up to someone no thank-you is on record for quotes none and claims none (it would say
// "in case it went astray" of a note the reader never had); regen says how to record one that
// went out unrecorded, and once it is, the follow-up answers it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brasaFile } from '../helpers/brasa.js';
import { newHome, runCli } from '../helpers/run-cli.js';

const ID = 'brasa-co-sous-chef';
const NOW = { FOLLOWUP_COACH_NOW: '2026-12-14' };

describe('regen of a follow-up with no thank-you on record', () => {
  it('quotes nothing, thanks for the interview itself, says how to record a thank-you, then quotes it once recorded', async () => {
    const home = newHome();
    const file = join(home, 'brasa.json');
    writeFileSync(file, JSON.stringify(brasaFile({ 'Kwame Mensah-Bonsu': { topics: ['running the pass on busy Saturdays'] } })));
    expect((await runCli(['import', file], { home, env: NOW })).code).toBe(0);

    const first = await runCli(['regen', ID, '--kind', 'follow-up', '--to', 'Kwame', '--print'], { home, env: NOW });
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^Subject: Following up: Sous Chef interview\n\nDear Kwame,\n/);
    expect(first.stdout).not.toMatch(/wrote:|^>|below|in case|astray|reach(ed)? you/im);
    expect(first.stdout).toContain('Thank you for sitting down with me on November 30. I remain keen on the Sous Chef role');
    expect(first.stderr).toContain(
      `No thank-you to Kwame Mensah-Bonsu is on record, so this follow-up quotes none and thanks them for the interview itself. If you did send one, record it and run this again: followup-coach sent ${ID} --kind thank-you --to "Kwame Mensah-Bonsu"`,
    );
    expect(first.stderr).not.toContain('missing-prior');

    const record = await runCli(['sent', ID, '--kind', 'thank-you', '--to', 'Kwame', '--on', '2026-12-02'], { home, env: NOW });
    expect(record.code).toBe(0);
    const again = await runCli(['regen', ID, '--kind', 'follow-up', '--to', 'Kwame', '--print'], { home, env: NOW });
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^Subject: Re: Thank you: Sous Chef interview\n/);
    expect(again.stdout).toContain('\nOn December 2, Tomás Ibáñez wrote:\n> Dear Kwame,\n');
    expect(again.stderr).not.toContain('No thank-you to');
  });
});

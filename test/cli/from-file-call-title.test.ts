// `--from FILE` prints each note as the review shows it: a call script's subject is its title,
// not a mail's subject line. A trial's --from printed "Subject: Thank-you call: Lead Electrician
// interview" above the script for the superintendent who phoned.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

describe('--from on an interview with a caller', () => {
  it('heads the call script with its title, and the e-mails with their subject', async () => {
    const run = await runCli(['--from', join(ROOT, 'test/fixtures/interviews/acme.json')], {
      env: { FOLLOWUP_COACH_NOW: '2026-11-24T15:00' },
    });
    const lines = run.stdout.split('\n');
    const call = lines.findIndex((line) => line.startsWith('Note 2 of 2 · Thank-you call to Sam Ortiz'));
    expect(call).toBeGreaterThan(0);
    expect(lines[call + 2]).toBe('Thank-you call: Senior Backend Engineer interview (a script to read out on the call)');
    expect(run.stdout).not.toContain('Subject: Thank-you call');
    const mail = lines.findIndex((line) => line.startsWith('Note 1 of 2 · Thank-you to Priya Raghunathan'));
    expect(lines[mail + 2]).toBe('Subject: Thank you: Senior Backend Engineer interview');
  });
});

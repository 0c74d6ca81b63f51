// A caller who left an e-mail address and no number, through the built CLI: import says their
// notes are e-mails, the schedule asks nobody for a number, and `regen` writes them an e-mail
// thank-you that offers a call, which the checklist lets through (src/model/answer-medium.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newHome, ROOT, runCli } from '../helpers/run-cli.js';

const ID = 'acme-robotics-senior-backend-engineer';
const env = { FOLLOWUP_COACH_NOW: '2026-11-24T15:00:00Z' };

/** The README's example, where Sam Ortiz, who called, left his e-mail address and no number. */
function samWithEmailOnly(home: string): string {
  const interview = JSON.parse(readFileSync(resolve(ROOT, 'test/fixtures/interviews/acme.json'), 'utf8'));
  const [priya, sam] = interview.interviewers;
  const { phone: _phone, ...noPhone } = sam;
  const path = join(home, 'acme-sam-email.json');
  writeFileSync(path, JSON.stringify({ ...interview, interviewers: [priya, { ...noPhone, email: 'sam.ortiz@acme.example' }] }));
  return path;
}

describe('a caller with an e-mail address and no number', () => {
  it('is thanked by e-mail with an offer of a call, and nobody is asked for a number', async () => {
    const home = newHome();
    const imported = await runCli(['import', samWithEmailOnly(home)], { home, env });
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('Next: thank-you to Priya Raghunathan and Sam Ortiz: due now');
    expect(imported.stdout + imported.stderr).not.toContain('contact');
    expect(imported.stderr).toContain(
      'Sam Ortiz reached you by phone, but the file has only their e-mail address: their notes are e-mails that offer a call; add "phone" to call them instead.',
    );

    const sam = await runCli(['regen', ID, '--kind', 'thank-you', '--to', 'Sam', '--print'], { home, env });
    expect(sam.code).toBe(0);
    expect(sam.stdout.split('\n')[0]).toBe('Subject: Thank you: Senior Backend Engineer interview');
    expect(sam.stdout).toMatch(/\n[^\n]*\b(call|phone|ring)\b[^\n]*\+1 555 0100\.\n/);
    expect(sam.stderr).not.toContain('medium-mismatch');

    const ask = await runCli(['regen', ID, '--kind', 'contact-request', '--print'], { home, env });
    expect(ask.code).toBe(2);
    expect(ask.stderr).toContain('nothing to ask for');
  });
});

// regen runs the checklist before a note is handed over: an error (here a hand edit that greets
// the whole team) stops the copy unless --force; --print prints it but exits 1.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { newHome, runCli } from '../helpers/run-cli.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/interviews');
const ACME = 'acme-robotics-senior-backend-engineer';
const GROUP_BODY = [
  'Hi team,',
  '',
  'Thank you all for meeting with me about the Senior Backend Engineer role at Acme Robotics. I enjoyed',
  'our conversation about moving telemetry ingestion to Kafka and how on-call works.',
  '',
  'Best regards,',
  'Jordan Lee',
  'jordan@example.com',
  '+1 555 0100',
].join('\n');

describe('regen runs the checklist first', () => {
  let home = '';
  beforeAll(async () => {
    home = newHome();
    const file = JSON.parse(readFileSync(join(FIXTURES, 'acme.json'), 'utf8')) as Record<string, unknown>;
    file.edits = [
      {
        kind: 'thank-you',
        to: 'Priya Raghunathan',
        subject: 'Thank you: Senior Backend Engineer interview',
        body: GROUP_BODY,
        at: '2026-11-24T18:00:00.000Z',
      },
    ];
    const path = join(home, 'edited.json');
    writeFileSync(path, JSON.stringify(file));
    expect((await runCli(['import', path], { home })).code).toBe(0);
  });

  it('refuses to copy a note with an error, names the rule and the line, and says how to go on', async () => {
    const run = await runCli(['regen', ACME, '--kind', 'thank-you', '--to', 'Priya'], { home });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Checklist for the thank-you note to Priya Raghunathan:');
    expect(run.stderr).toMatch(/\d+:\d+ {2}group-note/);
    expect(run.stderr).toContain('Not copied: fix what the checklist marks as an error first, or pass --force');
    expect(run.stdout).toBe('');
    const list = await runCli(['export', ACME], { home });
    expect(list.stdout).not.toContain('"sent"');
  });

  it('--force goes on to copy (here: no display, so the note is printed and nothing recorded)', async () => {
    const run = await runCli(['regen', ACME, '--kind', 'thank-you', '--to', 'Priya', '--force'], { home });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('--force: copying despite the errors above, as you asked.');
    expect(run.stdout).toContain('Hi team,');
  });

  it('--print prints the note, the findings on stderr, and exits 1', async () => {
    const run = await runCli(['regen', ACME, '--kind', 'thank-you', '--to', 'Priya', '--print'], { home });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(`Subject: Thank you: Senior Backend Engineer interview\n\n${GROUP_BODY}\n`);
    expect(run.stderr).toMatch(/group-note/);
  });

  it('a clean note prints with no checklist output and exit 0', async () => {
    const run = await runCli(['regen', ACME, '--kind', 'thank-you', '--to', 'Sam', '--print'], { home });
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    // Sam phoned: his thank-you is a call script.
    expect(run.stdout).toContain('Hello Sam, this is Jordan Lee, at 555 0100.');
  });
});

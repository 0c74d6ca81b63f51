// `calendar --out` once an offer has come: nothing is due any more, and the file written holds
// only the earlier reminders, marked cancelled. The first line says that one thing; it used to
// say the file "has no events" and then that the file marks 4 of them cancelled.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newHome, runCli } from '../helpers/run-cli.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/interviews');
const ACME = 'acme-robotics-senior-backend-engineer';

describe('calendar after an offer', () => {
  it('says the file holds only the earlier reminders, cancelled, and not that it is empty', async () => {
    const home = newHome();
    const env = { FOLLOWUP_COACH_NOW: '2026-11-25' };
    expect((await runCli(['import', join(FIXTURES, 'acme.json')], { home, env })).code).toBe(0);
    const path = join(home, 'acme.ics');
    const first = await runCli(['calendar', ACME, '--out', path], { home, env });
    expect(first.stdout).toContain(`Wrote 4 reminders to ${path}:\n`);
    expect((await runCli(['status', ACME, 'offer'], { home, env })).code).toBe(0);
    const after = await runCli(['calendar', ACME, '--out', path], { home, env });
    expect(after.code).toBe(0);
    const lines = after.stdout.split('\n');
    expect(lines[0]).toBe(`Nothing is due now: ${path} holds only the 4 earlier reminders, marked cancelled.`);
    expect(after.stdout).not.toContain('has no events');
    expect(after.stdout).not.toContain('no longer due');
    expect(lines[1]).toMatch(/^Import it into your calendar\./);
    expect(readFileSync(path, 'utf8').match(/^STATUS:CANCELLED\r?$/gm)).toHaveLength(4);
  });

  it('still says a file with nothing in it has no events', async () => {
    const home = newHome();
    const env = { FOLLOWUP_COACH_NOW: '2026-11-25' };
    expect((await runCli(['import', join(FIXTURES, 'acme.json')], { home, env })).code).toBe(0);
    expect((await runCli(['status', ACME, 'offer'], { home, env })).code).toBe(0);
    const path = join(home, 'fresh.ics');
    const written = await runCli(['calendar', ACME, '--out', path], { home, env });
    expect(written.stdout).toBe(`Nothing is due, so ${path} has no events.\n`);
  });
});

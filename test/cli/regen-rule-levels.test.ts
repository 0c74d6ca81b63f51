// regen reads the user's rule levels (checklist.json next to the store) before it hands a note
// over: a rule raised to error holds the note back, a rule set to off says nothing.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { newHome, runCli } from '../helpers/run-cli.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/interviews');
const ACME = 'acme-robotics-senior-backend-engineer';
// A week after the interview: the thank-you is late, which is only a note (info) by default.
const LATE = { env: { FOLLOWUP_COACH_NOW: '2026-12-01' } };

describe('regen and rule levels', () => {
  let home = '';
  beforeAll(async () => {
    home = newHome();
    expect((await runCli(['import', join(FIXTURES, 'acme.json')], { home })).code).toBe(0);
  }, 60_000);
  const regen = () => runCli(['regen', ACME, '--kind', 'thank-you', '--to', 'Priya', '--print'], { home, ...LATE });

  it('keeps the default level when there is no config', async () => {
    const result = await regen();
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('late-thank-you');
  });

  it('words the late-thank-you tip for a call script as a call, as the session does', async () => {
    const call = await runCli(['regen', ACME, '--kind', 'thank-you', '--to', 'Sam', '--print'], { home, ...LATE });
    expect(call.code).toBe(0);
    const tip = call.stderr.replace(/\s+/g, ' ');
    expect(tip).toContain('thank-you calls are best made within 24 hours. Call anyway');
    expect(tip).not.toContain('thank-you notes are best sent');
    const written = (await regen()).stderr.replace(/\s+/g, ' ');
    expect(written).toContain('thank-you notes are best sent within 24 hours. Send it anyway');
  });

  it('holds the note back when the config raises the rule to error', async () => {
    writeFileSync(join(home, 'checklist.json'), '{"rules":{"late-thank-you":"error"}}');
    const result = await regen();
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Errors (1)');
  });

  it('says nothing of a rule the config turns off', async () => {
    writeFileSync(join(home, 'checklist.json'), '{"rules":{"late-thank-you":"off"}}');
    const result = await regen();
    expect(result.code).toBe(0);
    expect(result.stderr).not.toContain('late-thank-you');
  });

  it('stops with a usage error naming the closest id when the config has a typo', async () => {
    writeFileSync(join(home, 'checklist.json'), '{"rules":{"late-thankyou":"off"}}');
    const result = await regen();
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('names the rule "late-thankyou", which does not exist; did you mean "late-thank-you"?');
  });
});

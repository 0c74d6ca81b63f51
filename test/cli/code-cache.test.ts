// The built CLI's code cache (in bin/followup-coach.js): the first run of a command saves the compiled
// code of the bundles it ran, later runs use it and print the same thing, and switching it off
// writes nothing.
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newHome, runCli } from '../helpers/run-cli.js';

const ACME = join(import.meta.dirname, '../fixtures/interviews/acme.json');
const ID = 'acme-robotics-senior-backend-engineer';
const REGEN = ['regen', ID, '--kind', 'thank-you', '--to', 'Priya Raghunathan', '--print'];
// Node 22.1+ keeps the cache itself (module.enableCompileCache), in a layout of its own.
const OWN_CACHE = !('enableCompileCache' in (await import('node:module')).default);

describe('the code cache', () => {
  let home = '';
  const cache = mkdtempSync(join(tmpdir(), 'fc-cli-code-cache-'));
  const folder = join(cache, 'cache');
  beforeAll(async () => {
    home = newHome();
    expect((await runCli(['import', ACME], { home, env: { FOLLOWUP_COACH_NO_CODE_CACHE: '1' } })).code).toBe(0);
  });
  afterAll(() => rmSync(cache, { recursive: true, force: true }));

  it('is written by the first run, used by the next, and changes nothing the user sees', async () => {
    const first = await runCli(REGEN, { home, env: { FOLLOWUP_COACH_CACHE: folder } });
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Dear Priya,');
    expect(readdirSync(folder).length).toBeGreaterThan(0);
    // One file for the whole command: its bundle carries the dispatcher.
    if (OWN_CACHE) expect(readdirSync(folder).map((name) => name.split('-')[0])).toEqual(['regen.cjs']);
    const written = new Map(readdirSync(folder).map((name) => [name, statSync(join(folder, name)).mtimeMs]));

    const second = await runCli(REGEN, { home, env: { FOLLOWUP_COACH_CACHE: folder } });
    expect(second).toMatchObject({ code: 0, stdout: first.stdout, stderr: first.stderr });
    // Used, not rewritten.
    if (OWN_CACHE) expect(new Map(readdirSync(folder).map((name) => [name, statSync(join(folder, name)).mtimeMs]))).toEqual(written);
  });

  it('is not written when switched off', async () => {
    const off = join(cache, 'off');
    const run = await runCli(REGEN, { home, env: { FOLLOWUP_COACH_CACHE: off, FOLLOWUP_COACH_NO_CODE_CACHE: '1' } });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Dear Priya,');
    expect(existsSync(off)).toBe(false);
  });
});

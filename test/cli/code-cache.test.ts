// The built CLI's code cache (bin/followup-coach.js): on Node 22.1+ Node's own compile cache fills
// the folder on the first run and later runs print the same; switched off, or in a folder others
// can write to, nothing is written there, and the refusal is said in one line. Node 20 has no
// compile cache: the folder is never made. (npm run test:compat runs this on Node 22 and 24.)
import { existsSync, chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import module from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newHome, runCli } from '../helpers/run-cli.js';

const ACME = join(import.meta.dirname, '../fixtures/interviews/acme.json');
const ID = 'acme-robotics-senior-backend-engineer';
const REGEN = ['regen', ID, '--kind', 'thank-you', '--to', 'Priya Raghunathan', '--print'];
const COMPILE_CACHE = typeof (module as { enableCompileCache?: unknown }).enableCompileCache === 'function';

/** Every file below `folder`, with its mode. */
function files(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) => statSync(join(folder, name)).isFile());
}

describe('the code cache', () => {
  let home = '';
  const cache = mkdtempSync(join(tmpdir(), 'fc-cli-code-cache-'));
  beforeAll(async () => {
    home = newHome();
    expect((await runCli(['import', ACME], { home, env: { FOLLOWUP_COACH_NO_CODE_CACHE: '1' } })).code).toBe(0);
  });
  afterAll(() => rmSync(cache, { recursive: true, force: true }));

  it.runIf(COMPILE_CACHE)('is written by the first run, used by the next, and changes nothing the user sees', async () => {
    const folder = join(cache, 'own');
    const first = await runCli(REGEN, { home, env: { FOLLOWUP_COACH_CACHE: folder } });
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toContain('Dear Priya Raghunathan,');
    expect(statSync(folder).mode & 0o777).toBe(0o700);
    const written = files(folder);
    expect(written.length).toBeGreaterThan(0);
    const second = await runCli(REGEN, { home, env: { FOLLOWUP_COACH_CACHE: folder } });
    expect(second).toMatchObject({ code: 0, stdout: first.stdout, stderr: '' });
  });

  it.runIf(!COMPILE_CACHE)('is not made on a Node without a compile cache', async () => {
    const folder = join(cache, 'node20');
    const run = await runCli(REGEN, { home, env: { FOLLOWUP_COACH_CACHE: folder } });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(existsSync(folder)).toBe(false);
  });

  it('is not written when switched off', async () => {
    const off = join(cache, 'off');
    const run = await runCli(REGEN, { home, env: { FOLLOWUP_COACH_CACHE: off, FOLLOWUP_COACH_NO_CODE_CACHE: '1' } });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain('Dear Priya Raghunathan,');
    expect(existsSync(off)).toBe(false);
  });

  it.runIf(COMPILE_CACHE)('is not used from a folder others can write to, and says so once', async () => {
    const open = join(cache, 'open');
    mkdirSync(open);
    chmodSync(open, 0o777);
    const run = await runCli(REGEN, { home, env: { FOLLOWUP_COACH_CACHE: open } });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Dear Priya Raghunathan,');
    expect(run.stderr).toBe(
      `followup-coach: not using the code cache in ${open}: other users can write to it (mode 0777). ` +
        'Start-up is slower until it is a folder only you can write to (chmod go-w, or set FOLLOWUP_COACH_CACHE).\n',
    );
    expect(files(open)).toEqual([]);
  });
});

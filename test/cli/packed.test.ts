// What `npm pack` ships, installed the way npx installs it: the package has no dependencies
// (harper.js and clipboardy are inside dist/, scripts/build.mjs), and the installed copy runs
// the full checklist, spelling from the worker and its WASM included.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

const run = promisify(execFile);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

describe('the packed package', () => {
  const folder = mkdtempSync(join(tmpdir(), 'fc-packed-'));
  const prefix = join(folder, 'install');
  let bin = '';
  beforeAll(async () => {
    // The build the suite made (test/helpers/build.ts), packed as is.
    await run(npm, ['pack', '--ignore-scripts', '--silent', '--pack-destination', folder], { cwd: ROOT });
    const tarball = readdirSync(folder).find((name) => name.endsWith('.tgz'))!;
    // No registry is asked: the package depends on nothing.
    await run(npm, ['install', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', join(folder, tarball)], {
      env: { ...process.env, npm_config_cache: join(folder, 'npm-cache') },
    });
    bin = join(prefix, 'node_modules', 'followup-coach', 'bin', 'followup-coach.js');
  }, 120_000);
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('installs nothing but itself', () => {
    expect(readdirSync(join(prefix, 'node_modules')).filter((name) => !name.startsWith('.'))).toEqual(['followup-coach']);
  });

  it('finds spelling mistakes with `check`', async () => {
    const draft = join(folder, 'draft.txt');
    writeFileSync(
      draft,
      'Subject: Thank you\n\nDear Priya,\n\nThank you for meeting with me yesterday. I realy enjoyed our conversation.\n\nBest regards,\nJordan Lee\n',
    );
    const result = await runCli(['check', draft, '--json'], { bin, timeoutMs: 60_000 });
    const report = JSON.parse(result.stdout) as { findings: { rule: string; excerpt: string }[] };
    expect(report.findings).toContainEqual(
      expect.objectContaining({ rule: 'spelling', excerpt: expect.stringContaining('realy') }),
    );
  }, 90_000);
});

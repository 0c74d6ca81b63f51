// A quick command that prints to a pipe or a file writes straight to the descriptor
// (src/cli/plain-output.ts): Node's stream stack stays unloaded, and the output is whole.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, cliEnv, newHome, ROOT, runCli } from '../helpers/run-cli.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/interviews');
const ACME = 'acme-robotics-senior-backend-engineer';
const scratch = mkdtempSync(join(tmpdir(), 'fc-quick-output-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// Preloaded into the CLI: at exit, the Node modules it loaded, one per line.
const PRELOAD = join(scratch, 'loaded.cjs');
writeFileSync(
  PRELOAD,
  "process.on('exit', () => require('node:fs').writeFileSync(process.env.FC_LOADED, process.moduleLoadList.join('\\n')));\n",
);

async function loadedBy(args: readonly string[], home: string) {
  const list = join(scratch, `loaded-${Math.random().toString(36).slice(2)}.txt`);
  const run = await runCli(args, { home, env: { NODE_OPTIONS: `--require ${PRELOAD}`, FC_LOADED: list } });
  return { run, modules: readFileSync(list, 'utf8').split('\n') };
}

describe('output to a pipe', () => {
  let home = '';
  beforeAll(async () => {
    home = newHome();
    expect((await runCli(['import', join(FIXTURES, 'acme.json')], { home })).code).toBe(0);
  });

  it('regen --print writes the whole note without loading node:stream', async () => {
    const { run, modules } = await loadedBy(['regen', ACME, '--kind', 'thank-you', '--to', 'Priya', '--print'], home);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    // Every byte: the same text --out writes to a file with writeFile.
    const out = join(scratch, 'out');
    expect((await runCli(['regen', ACME, '--kind', 'thank-you', '--to', 'Priya', '--out', out], { home })).code).toBe(0);
    expect(run.stdout).toBe(readFileSync(join(out, 'thank-you-priya-raghunathan.txt'), 'utf8'));
    expect(run.stdout).toMatch(/^Subject: Thank you: Senior Backend Engineer interview\n\nDear Priya,\n/);
    expect(modules).toContain('NativeModule fs');
    expect(modules.filter((name) => /^NativeModule (stream|net|tty)$/.test(name))).toEqual([]);
  });

  it('regen --print > /dev/null exits as it does on a pipe, without loading node:stream', () => {
    const list = join(scratch, 'loaded-null.txt');
    const nul = openSync('/dev/null', 'w');
    try {
      const run = spawnSync(process.execPath, [BIN, 'regen', ACME, '--kind', 'thank-you', '--to', 'Priya', '--print'], {
        cwd: ROOT,
        env: cliEnv(home, { NODE_OPTIONS: `--require ${PRELOAD}`, FC_LOADED: list }),
        stdio: ['ignore', nul, 'pipe'],
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect({ code: run.status, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    } finally {
      closeSync(nul);
    }
    const modules = readFileSync(list, 'utf8').split('\n');
    expect(modules).toContain('NativeModule fs');
    expect(modules.filter((name) => /^NativeModule (stream|net|tty)$/.test(name))).toEqual([]);
  });

  it('list --json prints JSON a reader can parse, the same way', async () => {
    const { run, modules } = await loadedBy(['list', '--json'], home);
    expect(run.code).toBe(0);
    expect(JSON.stringify(JSON.parse(run.stdout))).toContain(ACME);
    expect(modules.filter((name) => /^NativeModule (stream|net|tty)$/.test(name))).toEqual([]);
  });
});

// `followup-coach ... | head -1`: the reader goes away. The CLI must leave quietly, as every
// Unix filter does, not print a stack trace about EPIPE, and not claim success either: output
// was lost, so the exit code is the shell's for a broken pipe, 141 (128 + SIGPIPE).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, cliEnv, newHome, runCli } from '../helpers/run-cli.js';

interface HungUp {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  first: string;
}

/**
 * Runs the CLI with stdout a pipe whose reader goes away: after the first chunk (`head -1`), or
 * before anything is written (`head -0`, `readNothing`).
 */
function runAndHangUp(args: readonly string[], options: { home?: string; readNothing?: boolean } = {}): Promise<HungUp> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: ROOT,
      env: cliEnv(options.home ?? newHome()),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const err: Buffer[] = [];
    let first = '';
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    if (options.readNothing) child.stdout.destroy();
    else {
      // Like `head -1`: read one chunk, then close our end of the pipe.
      child.stdout.once('data', (chunk: Buffer) => {
        first = chunk.toString('utf8');
        child.stdout.destroy();
      });
    }
    // As runCli waits (test/helpers/run-cli.ts): a loaded machine took more than 15 s for --from.
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`did not exit:\n${Buffer.concat(err)}`));
    }, 45_000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      done({ code, signal, stderr: Buffer.concat(err).toString('utf8'), first });
    });
    child.stdin.end();
  });
}

describe('stdout closed early (| head -1, | head -0)', () => {
  it('--from FILE exits quietly, with no stack trace', async () => {
    const run = await runAndHangUp(['--from', join(ROOT, 'test/fixtures/interviews/acme.json')]);
    expect(run.first).toMatch(/^Note 1 of \d+ · /);
    expect(run.stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(run.stderr).toBe('');
    // 0 when every note reached the pipe's buffer before the reader left (nothing was refused,
    // as for any filter whose output was all taken), 141 when a later write found it gone:
    // which one depends on how the two processes were scheduled.
    expect(run.signal).toBe(null);
    expect([0, 141]).toContain(run.code);
  });

  it('list | head -0 exits 141, silently', async () => {
    const saved = await runCli(['import', join(ROOT, 'test/fixtures/interviews/acme.json')]);
    expect(saved.code).toBe(0);
    for (const args of [['list'], ['list', '--json'], ['export', 'acme-robotics-senior-backend-engineer']]) {
      const run = await runAndHangUp(args, { home: saved.home, readNothing: true });
      expect({ args, code: run.code, signal: run.signal, stderr: run.stderr }).toEqual({
        args,
        code: 141,
        signal: null,
        stderr: '',
      });
    }
  });
});

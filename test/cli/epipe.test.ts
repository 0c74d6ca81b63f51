// `followup-coach --from FILE | head -1`: the reader goes away after the first line. The CLI
// must leave quietly, as every Unix filter does, not print a stack trace about EPIPE.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, cliEnv, newHome } from '../helpers/run-cli.js';

function runAndHangUp(
  args: readonly string[],
): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string; first: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: cliEnv(newHome()), stdio: ['pipe', 'pipe', 'pipe'] });
    const err: Buffer[] = [];
    let first = '';
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    // Like `head -1`: read one chunk, then close our end of the pipe.
    child.stdout.once('data', (chunk: Buffer) => {
      first = chunk.toString('utf8');
      child.stdout.destroy();
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`did not exit:\n${Buffer.concat(err)}`));
    }, 15_000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      done({ code, signal, stderr: Buffer.concat(err).toString('utf8'), first });
    });
    child.stdin.end();
  });
}

describe('stdout closed early (| head -1)', () => {
  it('--from FILE exits quietly, with no stack trace', async () => {
    const run = await runAndHangUp(['--from', join(ROOT, 'test/fixtures/interviews/acme.json')]);
    expect(run.first).toMatch(/^Note 1 of \d+ · /);
    expect(run.stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(run.stderr).toBe('');
    expect([run.code, run.signal]).toEqual([0, null]);
  });
});

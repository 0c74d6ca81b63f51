// A command that ends while the spelling worker is still loading Harper must exit cleanly. Harper's
// WASM used to compile in the background (WebAssembly.instantiateStreaming), and a worker
// terminated mid-compile freed the bytes under V8's validating threads: `check` died with
// SIGSEGV (exit 139) about once in ten such exits (see src/checklist/lint-worker.ts).
//
// `check -` starts the worker first and then reads stdin, so ending stdin makes it stop the
// worker and exit 2 ("stdin is empty") at a moment the test picks. No clock picks it: each run
// waits until the process has read the WASM file (its read bytes in /proc), then until it has
// spent a given number of further CPU ticks (0 to 7, in /proc), which spreads the exits over
// the compile however loaded the machine is. Linux only, for /proc.
import { spawn } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, cliEnv, newHome, ROOT } from '../helpers/run-cli.js';

const WASM_BYTES = statSync(join(ROOT, 'dist', 'harper', 'harper_wasm_bg.wasm')).size;
const RUNS = 24;

/** Bytes the process has read so far, or null once it is gone. */
function bytesRead(pid: number): number | null {
  try {
    return Number(/^rchar:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/io`, 'utf8'))?.[1]);
  } catch {
    return null;
  }
}

/** User and system CPU ticks the process has used so far, or null once it is gone. */
function cpuTicks(pid: number): number | null {
  try {
    // The fields after the command name, which is in parentheses and may hold spaces.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return null;
  }
}

/** Resolves once `reached` says so, or the process is gone (it returns null). */
function until(reached: () => boolean | null): Promise<void> {
  return new Promise((done) => {
    const poll = () => {
      const result = reached();
      if (result === null || result) done();
      else setTimeout(poll, 1);
    };
    poll();
  });
}

interface Exit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stderr: string;
}

async function checkEndingDuringLoad(extraTicks: number): Promise<Exit> {
  const child = spawn(process.execPath, [BIN, 'check', '-'], {
    cwd: ROOT,
    env: cliEnv(newHome()),
    stdio: ['pipe', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const exited = new Promise<Exit>((done) => child.on('close', (code, signal) => done({ code, signal, stderr })));
  const pid = child.pid as number;
  await until(() => {
    const read = bytesRead(pid);
    return read === null ? null : read >= WASM_BYTES;
  });
  const start = cpuTicks(pid);
  await until(() => {
    const now = cpuTicks(pid);
    return now === null || start === null ? null : now >= start + extraTicks;
  });
  child.stdin.end();
  return exited;
}

describe.runIf(process.platform === 'linux')('a command ending while the spelling worker loads', () => {
  it(`exits cleanly every time (${RUNS} exits spread over the WASM compile)`, async () => {
    const exits: string[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const { code, signal, stderr } = await checkEndingDuringLoad(run % 8);
      exits.push(signal ?? `${code}${stderr.includes('stdin is empty') ? '' : `: ${stderr.trim()}`}`);
    }
    expect(exits).toEqual(Array.from({ length: RUNS }, () => '2'));
  }, 240_000);
});

// Runs the built CLI (`node bin/followup-coach.js`) as a user would, but isolated: a temp store
// folder, a temp code cache (shared by the runs of one test process), CI=true (no terminal, no Ink frames), no display (no clipboard), a pinned clock, and
// without NODE_EXTRA_CA_CERTS (it slows every start). Requires the build (test/helpers/build.ts).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const BIN = join(ROOT, 'bin/followup-coach.js');
/** The day the CLI believes it is, unless a test says otherwise. */
export const DEFAULT_NOW = '2026-11-25';

export interface RunOptions {
  /** Extra environment; a key set to undefined removes it (e.g. FOLLOWUP_COACH_NOW). */
  readonly env?: NodeJS.ProcessEnv;
  /** Text piped to stdin (stdin is closed empty otherwise). */
  readonly input?: string;
  /** The store folder (FOLLOWUP_COACH_HOME); a new temp folder when absent. */
  readonly home?: string;
  readonly cwd?: string;
  readonly timeoutMs?: number;
  /** Another copy of bin/followup-coach.js (a package copied elsewhere). */
  readonly bin?: string;
}

export interface RunResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  /** The store folder the run used: pass it to the next run to share the store. */
  readonly home: string;
}

const homes: string[] = [];
// Removed when the test worker exits, not after each test: a suite may share one store.
process.once('exit', () => {
  for (const home of homes) rmSync(home, { recursive: true, force: true });
});

/** The code cache of this test process's runs (in bin/followup-coach.js), so no test writes to ~/.cache. */
export const CODE_CACHE = mkdtempSync(join(tmpdir(), 'fc-code-cache-'));
homes.push(CODE_CACHE);

/** A new empty folder for a store, removed when the test process exits. */
export function newHome(): string {
  const home = mkdtempSync(join(tmpdir(), 'fc-home-'));
  homes.push(home);
  return home;
}

export function cliEnv(home: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CI: 'true',
    FOLLOWUP_COACH_HOME: home,
    FOLLOWUP_COACH_NOW: DEFAULT_NOW,
    FOLLOWUP_COACH_CACHE: CODE_CACHE,
    // No public holidays from the machine's locale: the dates tests expect are the same everywhere.
    FOLLOWUP_COACH_COUNTRY: 'none',
  };
  for (const key of ['NODE_EXTRA_CA_CERTS', 'DISPLAY', 'WAYLAND_DISPLAY', 'TMUX', 'STY', 'NO_COLOR', 'FORCE_COLOR'])
    delete env[key];
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

export function runCli(args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  const home = options.home ?? newHome();
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [options.bin ?? BIN, ...args], {
      cwd: options.cwd ?? ROOT,
      env: cliEnv(home, options.env),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    const timeoutMs = options.timeoutMs ?? 45_000;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`followup-coach ${args.join(' ')} did not exit within ${timeoutMs} ms\n${Buffer.concat(err)}`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      fail(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      done({ code, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), home });
    });
    child.stdin.on('error', () => undefined); // the CLI may exit before reading its input
    child.stdin.end(options.input ?? '');
  });
}

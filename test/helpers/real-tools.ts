// The real programs that read our mail drafts and calendar files (Debian's python3 with
// python3-icalendar, munpack, mu, calcurse). A test that needs a missing one is skipped with
// one line naming what to install; with FOLLOWUP_COACH_REQUIRE_TOOLS=1 (CI) it fails instead,
// so a green CI run always means the real programs read our files.
import { execFileSync, spawnSync } from 'node:child_process';

/** Debian's Python: its modules (icalendar) are seen only by /usr/bin/python3, not another python3 on PATH. */
export const PYTHON = '/usr/bin/python3';

export interface Tool {
  readonly available: boolean;
  readonly program: string;
}

const required = process.env.FOLLOWUP_COACH_REQUIRE_TOOLS === '1';
const announced = new Set<string>();

/** Whether `program` runs (`probe` are arguments that exit 0); `install` names the package. */
export function realTool(program: string, probe: readonly string[], install: string): Tool {
  const result = spawnSync(program, [...probe], { stdio: 'ignore', timeout: 10_000 });
  const available = result.error === undefined && result.status === 0;
  if (!available) {
    const line = `${program} is missing: apt-get install ${install}`;
    if (required) throw new Error(`${line} (FOLLOWUP_COACH_REQUIRE_TOOLS=1 requires it)`);
    if (!announced.has(line)) {
      announced.add(line);
      process.stderr.write(`skipping tests that need it: ${line}\n`);
    }
  }
  return { available, program };
}

export const python = (): Tool => realTool(PYTHON, ['-c', 'import email'], 'python3');
export const pythonIcalendar = (): Tool => realTool(PYTHON, ['-c', 'import icalendar'], 'python3-icalendar');

/** Runs /usr/bin/python3 on `script` with `args`, and parses what it prints as JSON. */
export function pythonJson<T>(script: string, args: readonly string[]): T {
  return JSON.parse(execFileSync(PYTHON, [script, ...args], { encoding: 'utf8' })) as T;
}

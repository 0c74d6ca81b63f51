// The programs the terminal and clipboard tests drive: tmux (a real pseudo-terminal), Xvfb and
// xsel (a real clipboard), vi (a real editor). On a machine with only Node and npm those tests
// skip, and the run says once what to install (tools-notice.ts); with
// FOLLOWUP_COACH_REQUIRE_TOOLS=1 (CI sets it in .ci/run) they run anyway, so a missing program
// fails them instead of hiding them.
import { spawnSync } from 'node:child_process';

export type Tool = 'tmux' | 'Xvfb' | 'xsel' | 'vi';

/** The Debian and Ubuntu package of each. */
const PACKAGES: Readonly<Record<Tool, string>> = { tmux: 'tmux', Xvfb: 'xvfb', xsel: 'xsel', vi: 'vim-tiny' };
export const ALL_TOOLS: readonly Tool[] = ['tmux', 'Xvfb', 'xsel', 'vi'];

const found = new Map<Tool, boolean>();
function installed(tool: Tool): boolean {
  if (!found.has(tool)) found.set(tool, spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0);
  return found.get(tool)!;
}

export function missingTools(tools: readonly Tool[] = ALL_TOOLS): Tool[] {
  return tools.filter((tool) => !installed(tool));
}

export function toolsRequired(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = env.FOLLOWUP_COACH_REQUIRE_TOOLS;
  return value !== undefined && value !== '' && value !== '0' && value !== 'false';
}

/** Whether tests that need `tools` skip here: one is missing and they are not required. */
export function skipWithout(...tools: Tool[]): boolean {
  return !toolsRequired() && missingTools(tools).length > 0;
}

/** The one line a run prints when it skips: what is missing and how to install it. */
export function missingToolsLine(missing: readonly Tool[]): string {
  return (
    `Skipping the real-terminal and clipboard tests: ${missing.join(', ')} not found. ` +
    `Install with: sudo apt-get install ${missing.map((tool) => PACKAGES[tool]).join(' ')} ` +
    '(FOLLOWUP_COACH_REQUIRE_TOOLS=1 makes them required).'
  );
}

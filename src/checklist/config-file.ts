// Where the rule levels live: checklist.json in the same folder as the store (FOLLOWUP_COACH_HOME,
// else the user's config folder), or the file --config names. A missing default file means the
// default levels; a missing --config file is a mistake worth saying.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import envPaths from 'env-paths';
import { parseRuleConfig, type ConfigResult } from './config.js';
import { configMessages as m } from './config-messages.js';

export const CONFIG_NAME = 'checklist.json';

export function defaultConfigPath(env: NodeJS.ProcessEnv): string {
  return join(env.FOLLOWUP_COACH_HOME || envPaths('followup-coach', { suffix: '' }).config, CONFIG_NAME);
}

/** The levels from `path` (or the default file when absent); never throws. */
export function loadRuleConfig(env: NodeJS.ProcessEnv, path?: string): ConfigResult {
  const file = path ?? defaultConfigPath(env);
  let text: string;
  try {
    // A link is followed (people keep config files in a dotfiles folder); a FIFO is never waited on.
    const stats = statSync(file);
    if (stats.isDirectory()) return { ok: false, problem: m.unreadable(file, m.isFolder) };
    if (!stats.isFile()) return { ok: false, problem: m.unreadable(file, m.notRegular) };
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && path === undefined) return { ok: true, levels: {} };
    return { ok: false, problem: code === 'ENOENT' ? m.notFound(file) : m.unreadable(file, (error as Error).message) };
  }
  return parseRuleConfig(text, m.fileSource(file));
}

// Reading checklist.json, apart from checking it: config.ts checks rule ids against the rule
// table, which loads every rule of the checklist, and the guided session reads the file before
// its first frame (a broken file is a notice there). Without a file it loads none of that.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import envPaths from 'env-paths';
import type { ConfigResult } from './config.js';
import { configMessages as m } from './config-messages.js';

export const CONFIG_NAME = 'checklist.json';

export function defaultConfigPath(env: NodeJS.ProcessEnv): string {
  return join(env.FOLLOWUP_COACH_HOME || envPaths('followup-coach', { suffix: '' }).config, CONFIG_NAME);
}

/** The text of the file to check, or the outcome without one (the default levels, or why it cannot be read). */
export type ConfigText = { readonly text: string; readonly source: string } | ConfigResult;

/** Reads `path` (or the default file when absent); never throws. */
export function readRuleConfig(env: NodeJS.ProcessEnv, path?: string): ConfigText {
  const file = path ?? defaultConfigPath(env);
  try {
    return { text: readFileSync(file, 'utf8'), source: m.fileSource(file) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && path === undefined) return { ok: true, levels: {} };
    return { ok: false, problem: code === 'ENOENT' ? m.notFound(file) : m.unreadable(file, (error as Error).message) };
  }
}

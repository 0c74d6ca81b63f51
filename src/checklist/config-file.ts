// Where the rule levels live: checklist.json in the same folder as the store (FOLLOWUP_COACH_HOME,
// else the user's config folder), or the file --config names. A missing default file means the
// default levels; a missing --config file is a mistake worth saying.
import { parseRuleConfig, type ConfigResult } from './config.js';
import { readRuleConfig } from './config-read.js';

export { CONFIG_NAME, defaultConfigPath } from './config-read.js';

/** The levels from `path` (or the default file when absent); never throws. */
export function loadRuleConfig(env: NodeJS.ProcessEnv, path?: string): ConfigResult {
  const read = readRuleConfig(env, path);
  return 'text' in read ? parseRuleConfig(read.text, read.source) : read;
}

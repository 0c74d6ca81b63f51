// Rule levels, as linters have them: a JSON file ({"rules": {"cliche": "off", "tone-impatient":
// "error"}}) and --rule ID=LEVEL for one run. Pure: the file is read by config-file.ts. Every
// problem names where it is and what to write instead; an unknown id names the closest one.
import { findJsonSyntaxError } from '../model/json-syntax.js';
import { closest } from '../model/closest.js';
import { configMessages as m } from './config-messages.js';
import { isRuleId } from './rule-table.js';
import { RULE_IDS, type Level, type RuleId, type RuleLevels } from './types.js';

const LEVELS: readonly string[] = ['off', 'warning', 'error'];

export type ConfigResult = { readonly ok: true; readonly levels: RuleLevels } | { readonly ok: false; readonly problem: string };

function level(source: string, id: string, value: unknown): ConfigResult | Level {
  if (!isRuleId(id)) return { ok: false, problem: m.unknownRule(source, id, closest(id, RULE_IDS)) };
  if (typeof value !== 'string' || !LEVELS.includes(value)) return { ok: false, problem: m.badLevel(source, id, value) };
  return value as Level;
}

/** The levels in a config file's text; `source` names the file in messages. */
export function parseRuleConfig(text: string, source: string): ConfigResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // Where and what in our words: V8's message quotes the text, which may be any file's.
    const at = findJsonSyntaxError(text);
    return {
      ok: false,
      problem: m.notJson(source, at === null ? m.notJsonSomewhere : m.notJsonAt(at.line, at.column, at.problem)),
    };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, problem: m.notObject(source) };
  for (const key of Object.keys(data)) if (key !== 'rules') return { ok: false, problem: m.unknownKey(source, key) };
  const rules = (data as { rules?: unknown }).rules ?? {};
  if (typeof rules !== 'object' || rules === null || Array.isArray(rules))
    return { ok: false, problem: m.rulesNotObject(source) };
  const levels: Partial<Record<RuleId, Level>> = {};
  for (const [id, value] of Object.entries(rules)) {
    const found = level(source, id, value);
    if (typeof found !== 'string') return found;
    levels[id as RuleId] = found;
  }
  return { ok: true, levels };
}

/** `--rule ID=LEVEL` flags on top of the file's levels (the flags win). */
export function applyRuleFlags(base: RuleLevels, flags: readonly string[]): ConfigResult {
  const levels: Partial<Record<RuleId, Level>> = { ...base };
  for (const flag of flags) {
    const at = flag.indexOf('=');
    if (at <= 0) return { ok: false, problem: m.badFlag(flag) };
    const id = flag.slice(0, at).trim();
    const found = level(m.flagSource, id, flag.slice(at + 1).trim());
    if (typeof found !== 'string') return found;
    levels[id as RuleId] = found;
  }
  return { ok: true, levels };
}

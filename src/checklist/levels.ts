// How a user's rule level (config.ts) changes a finding: `off` drops it, a level replaces the
// rule's severity. A hit that a rule marks milder than its default (a colleague named in passing
// is a warning, not an error) stays milder unless the user asked for another level outright.
import type { Severity } from '../model/types.js';
import { ruleById } from './rule-table.js';
import type { RuleId, RuleLevels } from './types.js';

export function isOff(rule: RuleId, levels: RuleLevels | undefined): boolean {
  return levels?.[rule] === 'off';
}

export function severityFor(rule: RuleId, levels: RuleLevels | undefined, own?: Severity): Severity {
  const base = ruleById(rule).severity;
  const level = levels?.[rule];
  if (level === undefined || level === 'off' || level === base) return own ?? base;
  return level;
}

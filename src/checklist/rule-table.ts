// The rule table as data for help, docs and the report: ids, default severities and
// descriptions, read from the rule modules (registry.ts). An `error` blocks copying until fixed
// or overridden, so only mistakes with no good reading get it.
import { RULE_MODULES, type RuleId } from './registry.js';
import type { Rule } from './types.js';

export const RULES: readonly Rule[] = RULE_MODULES.map((rule) => ({
  id: rule.id,
  severity: rule.severity,
  description: rule.description,
  sync: rule.check !== null,
}));

const BY_ID = new Map<string, Rule>(RULES.map((rule) => [rule.id, rule]));

export function ruleById(id: RuleId): Rule {
  return BY_ID.get(id)!;
}

export function isRuleId(id: string): id is RuleId {
  return BY_ID.has(id);
}

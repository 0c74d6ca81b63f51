// The rule table: ids, severities and descriptions, in the order DESIGN.md lists them. An
// `error` blocks copying until fixed or overridden, so only mistakes with no good reading get it.
import type { Severity } from '../model/types.js';
import { DESCRIPTIONS } from './messages.js';
import type { Rule, RuleId } from './types.js';

const SEVERITY: Readonly<Record<RuleId, Severity>> = {
  'group-note': 'error',
  'name-mismatch': 'error',
  'wrong-person': 'error',
  'one-liner': 'warning',
  'too-long': 'warning',
  spelling: 'warning',
  grammar: 'warning',
  'tone-scathing': 'error',
  'tone-impatient': 'warning',
  gimmick: 'error',
  'third-party': 'error',
  'too-early': 'warning',
  'late-thank-you': 'info',
  'no-topic': 'warning',
  'no-thanks': 'warning',
  'missing-prior': 'warning',
  'medium-mismatch': 'warning',
  'generic-subject': 'warning',
  'duplicate-note': 'warning',
};

const ASYNC = new Set<RuleId>(['spelling', 'grammar']);

export const RULES: readonly Rule[] = (Object.keys(SEVERITY) as RuleId[]).map((id) => ({
  id,
  severity: SEVERITY[id],
  description: DESCRIPTIONS[id],
  sync: !ASYNC.has(id),
}));

export function ruleById(id: RuleId): Rule {
  return RULES.find((rule) => rule.id === id)!;
}

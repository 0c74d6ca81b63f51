// Runs every synchronous rule over one note and turns offsets into editor positions.
import type { Finding, Note } from '../model/types.js';
import { draftFromNote } from './draft.js';
import { isOff, severityFor } from './levels.js';
import { excerptOf, locator } from './position.js';
import { RULE_MODULES } from './registry.js';
import type { CheckContext, Draft, Hit, RuleCheck, RuleId, RuleLevels } from './types.js';

const ORDER = { error: 0, warning: 1, info: 2 } as const;

const CHECKS: ReadonlyArray<readonly [RuleId, RuleCheck]> = RULE_MODULES.flatMap((rule) =>
  rule.check ? [[rule.id, rule.check] as const] : [],
);

function isDraft(note: unknown): note is Draft {
  return typeof note === 'object' && note !== null && 'prose' in note && 'text' in note;
}

export function toFinding(draft: Draft, rule: RuleId, hit: Hit, locate = locator(draft.text), levels?: RuleLevels): Finding {
  const { line, column } = locate(hit.start);
  return {
    rule,
    severity: severityFor(rule, levels, hit.severity),
    message: hit.message,
    line,
    column,
    excerpt: excerptOf(draft.text, hit.start, hit.end),
  };
}

/** Findings in reading order; errors first where two share a place. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => a.line - b.line || a.column - b.column || ORDER[a.severity] - ORDER[b.severity]);
}

export function checkNote(
  note: (Pick<Note, 'subject' | 'body'> & Partial<Pick<Note, 'attachments' | 'quotes' | 'via' | 'noEarlierNote'>>) | Draft,
  context: CheckContext,
): Finding[] {
  const draft = isDraft(note) ? note : draftFromNote(note);
  const locate = locator(draft.text);
  const findings: Finding[] = [];
  for (const [id, check] of CHECKS) {
    if (isOff(id, context.levels)) continue;
    for (const hit of check(draft, context)) findings.push(toFinding(draft, id, hit, locate, context.levels));
  }
  return sortFindings(findings);
}

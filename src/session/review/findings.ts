// The one order findings are shown in, in both front ends and regen: errors first, then
// warnings, then tips, each by where it is in the note. (`followup-coach check` prints in reading
// order instead, as linters do: src/checklist/check-note.ts.)
import type { Finding } from '../../model/types.js';

const ORDER = { error: 0, warning: 1, info: 2 } as const;

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity] || a.line - b.line || a.column - b.column);
}

export interface SeverityCounts {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const count = (severity: Finding['severity']) => findings.filter((f) => f.severity === severity).length;
  return { errors: count('error'), warnings: count('warning'), infos: count('info') };
}

/** Spelling and grammar come from the worker, later than the other rules. */
export function isSpelling(finding: Finding): boolean {
  return finding.rule === 'spelling' || finding.rule === 'grammar';
}

/**
 * A note the checklist calls early (too-early): recorded as sent, it tells the schedule the wait
 * is over, so recording one needs a second yes.
 */
export function isEarly(findings: readonly Finding[] | null): boolean {
  return findings?.some((finding) => finding.rule === 'too-early') ?? false;
}

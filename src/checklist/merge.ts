// Combines the sync rules' findings with the worker's, without saying one thing twice.
import type { Finding } from '../model/types.js';
import { sortFindings } from './check-note.js';

/** The columns a finding's excerpt covers on its line, without the mark of a cut excerpt. */
function columnsOf(finding: Finding): readonly [number, number] {
  return [finding.column, finding.column + Math.max(1, finding.excerpt.replace(/…$/u, '').length)];
}

/**
 * A misspelled name is reported once, as the name-mismatch or wrong-person error that says how
 * the name is written, not again as a spelling warning at the same place: at the name's start
 * ("Sam"), or on a word inside it ("Robtics" in "Acme Robtics").
 */
export function mergeFindings(sync: readonly Finding[], spell: readonly Finding[]): Finding[] {
  const names = sync.filter((f) => f.rule === 'name-mismatch' || f.rule === 'wrong-person');
  const said = (finding: Finding) =>
    names.some((name) => {
      if (name.line !== finding.line) return false;
      if (name.column === finding.column) return true;
      const [from, to] = columnsOf(name);
      return finding.rule === 'spelling' && finding.column >= from && finding.column < to;
    });
  return sortFindings([...sync, ...spell.filter((finding) => !said(finding))]);
}

/** True when the note must not be copied until fixed or explicitly overridden. */
export function blocksCopy(findings: readonly Finding[]): boolean {
  return findings.some((finding) => finding.severity === 'error');
}

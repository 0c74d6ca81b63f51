// Combines the sync rules' findings with the worker's, without saying one thing twice.
import type { Finding } from '../model/types.js';
import { sortFindings } from './check-note.js';

/**
 * A misspelled name is reported once, as the name-mismatch error that explains it, not again
 * as a spelling warning inside the name it reports ("Captain O'Rouke": the greeting's finding
 * starts at the title, Harper's at the surname).
 */
export function mergeFindings(sync: readonly Finding[], spell: readonly Finding[]): Finding[] {
  const names = sync.filter((f) => f.rule === 'name-mismatch' || f.rule === 'wrong-person');
  const inName = (f: Finding) =>
    names.some((name) => name.line === f.line && f.column >= name.column && f.column < name.column + name.excerpt.length);
  return sortFindings([...sync, ...spell.filter((f) => !inName(f))]);
}

/** True when the note must not be copied until fixed or explicitly overridden. */
export function blocksCopy(findings: readonly Finding[]): boolean {
  return findings.some((finding) => finding.severity === 'error');
}

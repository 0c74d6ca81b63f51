// Combines the sync rules' findings with the worker's, without saying one thing twice.
import type { Finding } from '../model/types.js';
import { sortFindings } from './check-note.js';

/**
 * A misspelled name is reported once, as the name-mismatch error that explains it, not again
 * as a spelling warning at the same place.
 */
export function mergeFindings(sync: readonly Finding[], spell: readonly Finding[]): Finding[] {
  const names = new Set(
    sync.filter((f) => f.rule === 'name-mismatch' || f.rule === 'wrong-person').map((f) => `${f.line}:${f.column}`),
  );
  return sortFindings([...sync, ...spell.filter((f) => !names.has(`${f.line}:${f.column}`))]);
}

/** True when the note must not be copied until fixed or explicitly overridden. */
export function blocksCopy(findings: readonly Finding[]): boolean {
  return findings.some((finding) => finding.severity === 'error');
}

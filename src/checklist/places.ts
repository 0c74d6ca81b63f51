// One slip can break two rules at once: "Dear Ingrid," in a note to Lorna is both a greeting that
// is not the recipient (name-mismatch) and another interviewer named (wrong-person); a misspelled
// company is both not the company's name and a misspelling. Both findings are right, but a person
// reads one slip, so every report shows findings at one place under one heading, each rule kept.
import type { Finding, Severity } from '../model/types.js';

/** Findings that point at the same words of the note, the most severe first. */
export interface Place {
  readonly line: number;
  readonly column: number;
  /** The text from the first column any of them covers to the last (on one line). */
  readonly excerpt: string;
  readonly severity: Severity;
  readonly findings: readonly Finding[];
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * A place is a few words, as a name or a misspelled word is. A finding that points at a whole
 * sentence stands for that sentence (a demand, an early follow-up) or for the whole note (no
 * topic, a one-liner), and another slip inside it is another slip, so it keeps its own heading.
 */
const PLACE_WORDS = 5;

function isWords(finding: Finding): boolean {
  const excerpt = finding.excerpt.trim();
  return excerpt !== '' && !excerpt.endsWith('…') && excerpt.split(/\s+/).length <= PLACE_WORDS;
}

function end(finding: Finding): number {
  return finding.column + finding.excerpt.length;
}

/**
 * The findings as places, in the order their first finding comes in `findings`. Findings join
 * when they are on one line, cover overlapping words, and each points at a few words.
 */
export function groupByPlace(findings: readonly Finding[]): Place[] {
  const groups: Finding[][] = [];
  for (const finding of findings) {
    const group = isWords(finding)
      ? groups.find((members) =>
          members.some(
            (other) =>
              isWords(other) && other.line === finding.line && other.column < end(finding) && finding.column < end(other),
          ),
        )
      : undefined;
    if (group) group.push(finding);
    else groups.push([finding]);
  }
  return groups.map(toPlace);
}

function toPlace(members: readonly Finding[]): Place {
  const sorted = [...members].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  const first = members.reduce((a, b) => (b.column < a.column ? b : a));
  const last = members.reduce((a, b) => (end(b) > end(a) ? b : a));
  // The excerpts are the note's own text from their columns, so the union is spelled from them.
  const excerpt = first.excerpt + last.excerpt.slice(Math.max(0, end(first) - last.column));
  return {
    line: first.line,
    column: first.column,
    excerpt: end(last) > end(first) ? excerpt : first.excerpt,
    severity: sorted[0]!.severity,
    findings: sorted,
  };
}

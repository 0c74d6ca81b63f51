// Each saved entry is checked on every read, one entry at a time (entry-shape.ts): a
// hand-edited or damaged interview is set aside on its own, and every other interview keeps
// working.
import type { Candidate, Interview } from '../model/types.js';
import { candidateProblem, interviewProblem } from './entry-shape.js';

export interface BadEntry {
  /** The interview's key in the store, or null for the candidate. */
  readonly key: string | null;
  readonly value: unknown;
  readonly reason: string;
}

export interface CheckedEntries {
  readonly candidate: Candidate | null;
  readonly interviews: Record<string, Interview>;
  readonly bad: readonly BadEntry[];
}

/** The usable candidate and interviews of a parsed store, and the entries that are not. */
export function checkEntries(candidate: unknown, interviews: Record<string, unknown>): CheckedEntries {
  const bad: BadEntry[] = [];
  const good: Record<string, Interview> = {};
  for (const [key, value] of Object.entries(interviews)) {
    const reason = interviewProblem(key, value);
    if (reason === null) good[key] = value as Interview;
    else bad.push({ key, value, reason });
  }
  let kept: Candidate | null = null;
  if (candidate !== null && candidate !== undefined) {
    const reason = candidateProblem(candidate);
    if (reason === null) kept = candidate as Candidate;
    else bad.push({ key: null, value: candidate, reason });
  }
  return { candidate: kept, interviews: good, bad };
}

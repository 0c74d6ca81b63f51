// Rounds of one application: a second or third interview for the same role is saved as its own
// interview with `round` 2, 3, ... and the id `<stem>-round-<n>`, where the stem is the first
// round's id. The schedule follows the latest round; an earlier round only adds the thank-yous
// it still owes (round-schedule.ts).
import type { Interview } from './types.js';

const ROUND_SUFFIX = /-round-(\d+)$/;

export const roundOf = (interview: Pick<Interview, 'round'>): number => interview.round ?? 1;

/** The application an interview belongs to: the first round's id. */
export function stemOf(interview: Pick<Interview, 'id' | 'round'>): string {
  return roundOf(interview) > 1 ? interview.id.replace(ROUND_SUFFIX, '') : interview.id;
}

export const roundId = (stem: string, round: number): string => (round <= 1 ? stem : `${stem}-round-${round}`);

/** Saved interviews grouped by application, each group oldest round first, groups in first-saved order. */
export function applications(interviews: readonly Interview[]): Interview[][] {
  const groups = new Map<string, Interview[]>();
  for (const interview of interviews) {
    const stem = stemOf(interview);
    groups.set(stem, [...(groups.get(stem) ?? []), interview]);
  }
  return [...groups.values()].map((group) => [...group].sort((a, b) => roundOf(a) - roundOf(b)));
}

/** The latest round of every application: the ones whose schedule counts. */
export function latestRounds(interviews: readonly Interview[]): Interview[] {
  return applications(interviews).map((group) => group.at(-1)!);
}

/** The saved rounds of the application `interview` belongs to, with `interview` itself as given. */
export function roundsOfApplication(saved: readonly Interview[], interview: Interview): Interview[] {
  const others = saved.filter((other) => other.id !== interview.id && stemOf(other) === stemOf(interview));
  return [...others, interview].sort((a, b) => roundOf(a) - roundOf(b));
}

/** The round a new interview for the same application gets. */
export function nextRound(group: readonly Interview[]): number {
  return Math.max(0, ...group.map(roundOf)) + 1;
}

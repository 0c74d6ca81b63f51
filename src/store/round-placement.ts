// Where a later round of an application goes: the next round number under the application's
// stem, unless one of its rounds already holds the same answers (the same file imported again),
// which then receives it. Pure, like data.ts.
import { withEarlierAddresses } from '../model/address.js';
import { applications, nextRound, roundId, stemOf } from '../model/rounds.js';
import type { Interview } from '../model/types.js';
import { sameAnswers } from './data.js';

const withoutRound = (interview: Interview): Interview => ({ ...interview, round: undefined });

/** The interview as the next round of the application `incoming.id` names (its stem). */
export function asNextRound(saved: readonly Interview[], incoming: Interview): Interview {
  const stem = stemOf(incoming);
  const group = applications(saved).find((rounds) => stemOf(rounds[0]!) === stem) ?? [];
  // Someone met again keeps the addresses given in the earlier rounds (model/address.ts); the
  // same file imported again matches its round with or without them.
  const filled = withEarlierAddresses(incoming, group);
  const same = group.find((existing) =>
    [incoming, filled].some((answers) => sameAnswers(withoutRound(existing), withoutRound(answers))),
  );
  if (same !== undefined)
    return { ...filled, id: same.id, ...(same.round === undefined ? { round: undefined } : { round: same.round }) };
  const round = nextRound(group);
  return { ...filled, id: roundId(stem, round), round };
}

/** Whether `incoming` looks like a later round of a saved application: same company and role, other answers. */
export function looksLikeNextRound(saved: readonly Interview[], incoming: Interview): boolean {
  const existing = saved.find((interview) => interview.id === stemOf(incoming));
  return (
    existing !== undefined &&
    existing.company === incoming.company &&
    existing.role === incoming.role &&
    !sameAnswers(withoutRound(existing), withoutRound(incoming))
  );
}

// What `status` takes besides the id: an outcome, and who told it (--told-by).
import { UsageError } from '../../cli/errors.js';
import { matchName, peopleOf } from '../../compose/match-name.js';
import { closest } from '../../model/closest.js';
import { STATUSES, type Interview, type Status } from '../../model/types.js';
import { statusMessages as m } from './messages.js';

export function parseStatus(typed: string, id: string): Status {
  const word = typed
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  const status = STATUSES.find((known) => known === word || known.replace('-', '') === word.replace('-', ''));
  if (status) return status;
  throw new UsageError(m.unknownStatus(typed, closest(word, STATUSES) ?? OUTCOME_WORDS[word]), m.statusTry(id));
}

/**
 * Words people use for an outcome, offered as "Did you mean ...?" and never taken silently:
 * "declined" could be their no or the candidate's own.
 */
const OUTCOME_WORDS: Readonly<Record<string, Status>> = {
  rejected: 'not-selected',
  rejection: 'not-selected',
  unsuccessful: 'not-selected',
  'turned-down': 'not-selected',
  'no-offer': 'not-selected',
  declined: 'not-selected',
  no: 'not-selected',
  offered: 'offer',
  hired: 'offer',
  'got-it': 'offer',
  yes: 'offer',
  withdrawn: 'closed',
  withdrew: 'closed',
  'accepted-elsewhere': 'closed',
  pending: 'waiting',
  open: 'waiting',
};

/**
 * The interviewer or recruiter `typed` names (see matchName), by their saved name: only a person
 * of the interview can be thanked for the news, and an export must import back.
 */
export function personNamed(typed: string, interview: Interview): string {
  const people = peopleOf(interview);
  const match = matchName(people, typed);
  const names = people.map((person) => person.name);
  if (match.kind === 'found') return names[match.indexes[0]!]!;
  if (match.kind === 'ambiguous')
    throw new UsageError(
      m.ambiguousTeller(
        typed.trim(),
        match.indexes.map((index) => names[index]!),
      ),
      m.tellersAre(names),
    );
  // A slip of a name ("Margret") is answered with the person it was likely meant for.
  const near = closest(typed.trim(), names) ?? nearGivenName(typed.trim(), names);
  throw new UsageError(m.unknownTeller(typed.trim(), near), m.tellersAre(names));
}

/** The one person whose first name `typed` is a slip of, or undefined. */
function nearGivenName(typed: string, names: readonly string[]): string | undefined {
  const firsts = names.map((name) => name.split(/\s+/).find((part) => !/\.$/.test(part)) ?? name);
  const guess = closest(typed, firsts);
  const matching = names.filter((_, i) => firsts[i] === guess);
  return matching.length === 1 ? matching[0] : undefined;
}

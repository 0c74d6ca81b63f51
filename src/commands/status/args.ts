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
  throw new UsageError(m.unknownStatus(typed, closest(word, STATUSES)), m.statusTry(id));
}

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
  throw new UsageError(m.unknownTeller(typed.trim()), m.tellersAre(names));
}

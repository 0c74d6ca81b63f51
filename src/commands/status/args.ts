// What `status` takes besides the id: an outcome, and who told it (--told-by).
import { UsageError } from '../../cli/errors.js';
import { foldName } from '../../compose/words.js';
import { closest } from '../../model/closest.js';
import { tellers } from '../../model/outcome.js';
import { STATUSES, type Interview, type Status } from '../../model/types.js';
import { validatePersonName } from '../../model/validate.js';
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

/** An interviewer's or the recruiter's saved name when `typed` names one (first name is enough), else the name as typed. */
export function personNamed(typed: string, interview: Interview): string {
  const wanted = foldName(typed);
  const people = tellers(interview);
  const exact = people.filter((name) => foldName(name) === wanted);
  const byFirst = people.filter((name) => foldName(name).split(' ')[0] === wanted);
  const found = exact.length === 1 ? exact : byFirst;
  if (found.length === 1) return found[0]!;
  const problem = validatePersonName(typed.trim());
  if (problem !== undefined) throw new UsageError(m.badName(problem));
  return typed.trim();
}

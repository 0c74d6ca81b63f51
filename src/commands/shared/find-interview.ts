// The saved interview a command was asked for, or a usage error that lists what is saved.
import { UsageError } from '../../cli/errors.js';
import { closest } from '../../model/closest.js';
import type { Interview } from '../../model/types.js';
import type { Store } from '../../store/index.js';
import { sharedMessages as m } from './messages.js';

export async function findInterview(store: Store, id: string): Promise<Interview> {
  const found = await store.interview(id);
  if (found) return found;
  const ids = (await store.interviews()).map((interview) => interview.id);
  if (ids.length === 0) throw new UsageError(`${m.notFound(id)} ${m.noInterviews}`, m.startWith);
  const guess = ids.find((saved) => saved.startsWith(id)) ?? closest(id, ids);
  throw new UsageError(m.notFound(id), m.notFoundTry(ids, guess));
}

// Changing one topic of an interviewer's list where it stands: its place is kept, an empty answer
// removes it, and the new words are checked as a new topic would be, against the others. Both
// front ends edit a topic through this.
import type { ListField } from './fields.js';
import { tidy } from './sanitize.js';

export type TopicEdit = { readonly topics: readonly string[] } | { readonly problem: string };

export function editTopic(
  field: Pick<ListField, 'validateItem'>,
  topics: readonly string[],
  at: number,
  typed: string,
): TopicEdit {
  const item = tidy(typed);
  if (item === '') return { topics: topics.filter((_topic, index) => index !== at) };
  const problem = field.validateItem(
    item,
    topics.filter((_topic, index) => index !== at),
  );
  if (problem !== undefined) return { problem };
  return { topics: topics.map((topic, index) => (index === at ? item : topic)) };
}

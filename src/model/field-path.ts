// A field's path as a person writes it ("interviewers[1].topics") and its label in messages
// ("The topic"). Kept apart from file-problems.ts so readers of the store can name fields
// without loading the schema (zod).
import { LABELS } from './file-messages.js';

type Path = readonly PropertyKey[];

export function pathText(path: Path): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    return text === '' ? String(key) : `${text}.${String(key)}`;
  }, '');
}

const ITEM_LABELS: Readonly<Record<string, string>> = {
  topics: 'The topic',
  interviewers: 'Each interviewer',
  sent: 'Each "sent" entry',
  edits: 'Each "edits" entry',
};

export function labelFor(path: Path): string {
  const last = path.at(-1);
  if (typeof last === 'number') return ITEM_LABELS[String(path.at(-2))] ?? 'This entry';
  return LABELS[String(last)] ?? `"${String(last)}"`;
}

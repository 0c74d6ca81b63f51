// The trial run's line cook (test/fixtures/interviews/brasa.json) as an interview file object,
// with one test's own answers laid over it: each test says only what it changes (a topic with a
// slip in it, an address, a greeting), and the people, company and dates stay those of the file.
import { readFileSync } from 'node:fs';

type Person = Record<string, unknown> & { name: string };
type BrasaFile = Record<string, unknown> & { interviewers: Person[] };

const FIXTURE = new URL('../fixtures/interviews/brasa.json', import.meta.url);

/**
 * brasa.json with `people` (keyed by the name in the file) merged into its interviewers; a value
 * of `undefined` removes that answer, and `name` renames the person. `extra` is merged at the top.
 */
export function brasaFile(people: Record<string, Record<string, unknown>> = {}, extra: Record<string, unknown> = {}): BrasaFile {
  const file = JSON.parse(readFileSync(FIXTURE, 'utf8')) as BrasaFile;
  for (const name of Object.keys(people)) {
    if (!file.interviewers.some((person) => person.name === name)) throw new Error(`brasa.json has no ${name}`);
  }
  const interviewers = file.interviewers.map((person) => {
    const merged: Record<string, unknown> = { ...person, ...people[person.name] };
    for (const [key, value] of Object.entries(merged)) if (value === undefined) delete merged[key];
    return merged as Person;
  });
  return { ...file, ...extra, interviewers };
}

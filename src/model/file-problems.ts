// Turns zod's issues into what a person can act on: the field's path as they would write it
// ("interviewers[1].topics"), what is wrong, and what to write instead.
import type { z } from 'zod';
import { closest } from './closest.js';
import { FIXES, fileMessages as m } from './file-messages.js';
import { ALLOWED_FIELDS } from './interview-schema.js';
import { sanitizeText } from './validate.js';
import { labelFor, pathText } from './field-path.js';

export { pathText } from './field-path.js';

export interface FieldProblem {
  /** Where, e.g. `interviewers[1].topics`; empty for the file as a whole. */
  readonly path: string;
  readonly problem: string;
  readonly fix: string;
}

type Path = readonly PropertyKey[];

export function valueAt(root: unknown, path: Path): { readonly present: boolean; readonly value: unknown } {
  let value: unknown = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return { present: false, value: undefined };
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return { present: true, value };
}

export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'boolean') return 'true or false';
  return `a ${typeof value}`;
}

const EXPECTED: Readonly<Record<string, string>> = { string: 'text', array: 'a list', object: 'an object', number: 'a number' };
const WHERE: Readonly<Record<string, string>> = {
  file: 'of the interview file',
  candidate: 'of the candidate',
  recruiter: 'of the recruiter',
  interviewers: 'of an interviewer',
  sent: 'of a "sent" entry',
  edits: 'of an "edits" entry',
};

function fixFor(path: Path): string {
  const last = path.at(-1);
  return FIXES[String(typeof last === 'number' ? path.at(-2) : last)] ?? m.otherFix;
}

/** The object an unknown key sits in: the file, the candidate, an interviewer... */
function objectOf(path: Path): keyof typeof ALLOWED_FIELDS {
  const key = path.find((k): k is string => typeof k === 'string');
  return key !== undefined && key in ALLOWED_FIELDS ? (key as keyof typeof ALLOWED_FIELDS) : 'file';
}

function interviewerName(root: unknown, path: Path): string | undefined {
  const name = valueAt(root, [...path.slice(0, -1), 'name']).value;
  const clean = typeof name === 'string' ? sanitizeText(name).trim() : '';
  return clean === '' ? undefined : clean;
}

function fromIssue(issue: z.core.$ZodIssue, root: unknown): FieldProblem[] {
  const path = issue.path;
  const at = pathText(path);
  const last = path.at(-1);
  const found = valueAt(root, path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = ALLOWED_FIELDS[objectOf(path)];
      return issue.keys.map((key) => ({
        path: pathText([...path, key]),
        problem: m.unknownField(key, WHERE[objectOf(path)] ?? 'here'),
        fix: m.unknownFix(closest(key, allowed), allowed),
      }));
    }
    case 'too_small':
      if (last === 'topics' || (!found.present && last === 'topics')) {
        const name = interviewerName(root, path);
        return [{ path: at, problem: m.noTopics(name), fix: m.noTopicsFix(name) }];
      }
      if (last === 'interviewers') return [{ path: at, problem: m.noInterviewers, fix: m.noInterviewersFix }];
      return [{ path: at, problem: `${labelFor(path)} is too short.`, fix: fixFor(path) }];
    case 'invalid_type':
      if (last === 'topics' && (!found.present || found.value === null)) {
        const name = interviewerName(root, path);
        return [{ path: at, problem: m.noTopics(name), fix: m.noTopicsFix(name) }];
      }
      if (!found.present) return [{ path: at, problem: m.missing(labelFor(path)), fix: fixFor(path) }];
      return [
        {
          path: at,
          problem: m.wrongType(labelFor(path), EXPECTED[issue.expected] ?? issue.expected, kindOf(found.value)),
          fix: fixFor(path),
        },
      ];
    case 'invalid_value':
      if (!found.present) return [{ path: at, problem: m.missing(labelFor(path)), fix: fixFor(path) }];
      return [{ path: at, problem: m.badChoice(labelFor(path), found.value), fix: m.choiceFix(issue.values) }];
    case 'custom': {
      const params = issue.params ?? {};
      const fix = typeof params.fix === 'string' ? params.fix : m.otherFix;
      // Field checks say only "is empty." and leave the subject to the path; date checks say it all.
      const problem = params.complete === true ? issue.message : `${labelFor(path)} ${issue.message}`;
      return [{ path: at, problem, fix }];
    }
    default:
      return [{ path: at, problem: `${labelFor(path)}: ${issue.message}`, fix: fixFor(path) }];
  }
}

/** Paths of required fields that an unknown key most likely misspells ("topic" for "topics"). */
function misspelled(issues: readonly z.core.$ZodIssue[], root: unknown): Set<string> {
  const paths = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    for (const key of issue.keys) {
      const meant = closest(key, ALLOWED_FIELDS[objectOf(issue.path)]);
      if (meant !== undefined && !valueAt(root, [...issue.path, meant]).present) paths.add(pathText([...issue.path, meant]));
    }
  }
  return paths;
}

export function problemsFromIssues(issues: readonly z.core.$ZodIssue[], root: unknown): FieldProblem[] {
  // "topic" instead of "topics" is one mistake: say "did you mean", not also "topics is missing".
  const explained = misspelled(issues, root);
  return issues.flatMap((issue) => fromIssue(issue, root)).filter((problem) => !explained.has(problem.path));
}

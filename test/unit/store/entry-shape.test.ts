// The store's per-entry check (entry-shape.ts) against the interview file's schema: every file
// `import` accepts is a saved entry the store accepts, and every bad-input corpus file that
// `import` refuses for a field refuses the same entry in the store. The one intended difference:
// the store tolerates fields it does not know (added by a later version), text-checked only.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseInterviewText } from '../../../src/model/interview-file.js';
import { ALLOWED_FIELDS } from '../../../src/model/interview-schema.js';
import { interviewProblem } from '../../../src/store/entry-shape.js';
import { US_WITH_YEARS, WEEKENDS_ONLY } from '../../../src/model/dates.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures');
const candidate = { name: 'Jordan Lee', email: 'jordan@example.com', phone: '+1 555 0100' };

function validFiles(): string[] {
  const dirs = [
    'interviews',
    ...readdirSync(FIXTURES)
      .filter((d) => d.startsWith('corpus-heldout'))
      .map((d) => `${d}/interviews`),
  ];
  return dirs.flatMap((dir) => {
    try {
      return readdirSync(join(FIXTURES, dir))
        .filter((f) => f.endsWith('.json'))
        .map((f) => join(FIXTURES, dir, f));
    } catch {
      return [];
    }
  });
}

/** A file's object as the store keeps it (the field names the model uses). */
function asStored(file: Record<string, unknown>): Record<string, unknown> {
  const { version: _version, interviewDate, timeframe, ...rest } = file;
  return {
    ...rest,
    date: interviewDate,
    timeframe: timeframe === null || timeframe === undefined ? null : { text: timeframe, date: null },
    status: file.status ?? 'waiting',
    sent: file.sent ?? [],
  };
}

describe('the store accepts what import accepts', () => {
  const accepted = validFiles()
    .map((path) => ({
      path,
      parsed: parseInterviewText(readFileSync(path, 'utf8'), { candidate, calendar: WEEKENDS_ONLY, dateStyle: US_WITH_YEARS }),
    }))
    .filter((entry) => entry.parsed.ok);

  it('over every valid fixture', () => {
    expect(accepted.length).toBeGreaterThan(5);
    for (const { path, parsed } of accepted) {
      if (!parsed.ok) continue;
      const stored = JSON.parse(JSON.stringify(parsed.interview)) as { id: string };
      expect({ path, problem: interviewProblem(stored.id, stored) }).toEqual({ path, problem: null });
    }
  });
});

describe('the store refuses what import refuses for a field', () => {
  const dir = join(FIXTURES, 'bad-input');
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { file: string; note: string }[];
  const cases = manifest.filter(({ note }) => !/unknown key|duplicate|nested|syntax|raw|UTF-8|1 MiB/.test(note));

  it.each(cases)('$file', ({ file }) => {
    const value = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
    const stored = asStored(value);
    expect(interviewProblem(String(stored.id), stored)).not.toBeNull();
  });
});

describe('every field import accepts is checked on read', () => {
  // A saved interview with every field the model has, each with a good value.
  const full = {
    id: 'acme-robotics-backend-engineer',
    candidate: { ...candidate, signature: 'jordan.dev', resume: 'cv.pdf', coverLetter: 'letter.pdf', link: 'jordan.dev' },
    company: 'Acme Robotics',
    role: 'Backend Engineer',
    date: '2026-11-24',
    format: 'onsite',
    timeframe: { text: 'by Friday', date: '2026-11-27' },
    status: 'not-selected',
    statusOn: '2026-11-30',
    round: 2,
    recruiter: { name: 'Dana Kim', email: 'dana@acme.example', phone: '+1 555 0102' },
    via: { name: 'Dana Kim', notes: 'all' },
    interviewers: [
      {
        name: 'Priya Raghunathan',
        title: 'Engineering Manager',
        email: 'priya@acme.example',
        phone: '+1 555 0101',
        medium: 'email',
        topics: ['Kafka ingestion'],
        detail: 'We both ran the Chicago marathon.',
        greeting: 'Priya',
        addition: 'the dashboard mock-up',
      },
    ],
    sent: [
      {
        kind: 'thank-you',
        to: 'Priya Raghunathan',
        at: '2026-11-24T18:00:00.000Z',
        method: 'clipboard',
        subject: 'Thanks',
        body: 'Hi',
      },
    ],
    edits: [{ kind: 'follow-up', to: 'Priya Raghunathan', subject: 'Following up', body: 'Hi', at: '2026-11-25T09:00:00.000Z' }],
    tone: 'formal',
    formality: 'titles',
    strength: 'ten years of on-call',
    toldBy: 'Dana Kim',
  };
  /** The store's name for a field of the file. */
  const stored = (name: string) => (name === 'interviewDate' ? 'date' : name);
  /** A value no field accepts: a number where text, a list or an object belongs, and text for the one number. */
  const wrong = (name: string) => (name === 'round' ? 'two' : 42);
  const at = (path: readonly (string | number)[], value: unknown): unknown => {
    const copy = structuredClone(full) as Record<string | number, unknown>;
    let node = copy;
    for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
    node[path.at(-1)!] = value;
    return copy;
  };
  const cases: { path: readonly (string | number)[]; shown: string }[] = [
    ...ALLOWED_FIELDS.file
      .filter((name) => name !== 'version')
      .map((name) => ({ path: [stored(name)], shown: `${stored(name)}: ` })),
    ...ALLOWED_FIELDS.candidate.map((name) => ({ path: ['candidate', name], shown: `candidate: ${name}: ` })),
    ...ALLOWED_FIELDS.recruiter.map((name) => ({ path: ['recruiter', name], shown: `recruiter: ${name}: ` })),
    ...ALLOWED_FIELDS.via.map((name) => ({ path: ['via', name], shown: `via: ${name}: ` })),
    ...ALLOWED_FIELDS.interviewers.map((name) => ({ path: ['interviewers', 0, name], shown: `interviewers: [0] ${name}: ` })),
    ...ALLOWED_FIELDS.sent.map((name) => ({ path: ['sent', 0, name], shown: `sent: [0] ${name}: ` })),
    ...ALLOWED_FIELDS.edits.map((name) => ({ path: ['edits', 0, name], shown: `edits: [0] ${name}: ` })),
  ];

  it('starts from an interview the store accepts, holding every field', () => {
    expect(interviewProblem(full.id, full)).toBeNull();
    expect(Object.keys(full).sort()).toEqual(
      ALLOWED_FIELDS.file
        .filter((name) => name !== 'version')
        .map(stored)
        .sort(),
    );
    expect(cases.length).toBeGreaterThan(40);
  });

  it.each(cases)('refuses a bad $path', ({ path, shown }) => {
    const problem = interviewProblem(full.id, at(path, wrong(String(path.at(-1)))));
    // The id is the key the entry is saved under: a bad one is also a mismatch, named as such.
    if (path[0] === 'id') expect(problem).toMatch(/^id: |"id"/);
    else expect(problem).toMatch(new RegExp(`^${shown.replace(/[[\]]/g, '\\$&')}`));
  });
});

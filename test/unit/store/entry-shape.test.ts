// The store's per-entry check (entry-shape.ts) against the interview file's schema: every file
// `import` accepts is a saved entry the store accepts, and every bad-input corpus file that
// `import` refuses for a field refuses the same entry in the store. The one intended difference:
// the store tolerates fields it does not know (added by a later version), text-checked only.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseInterviewText } from '../../../src/model/interview-file.js';
import { interviewProblem } from '../../../src/store/entry-shape.js';
import { WEEKENDS_ONLY } from '../../../src/model/dates.js';

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
    .map((path) => ({ path, parsed: parseInterviewText(readFileSync(path, 'utf8'), { candidate, calendar: WEEKENDS_ONLY }) }))
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

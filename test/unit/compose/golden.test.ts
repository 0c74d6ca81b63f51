// Golden files pin every note the samples and the sample interview files produce, in every tone,
// word for word (and the second follow-up, follow-up-2-*.txt; follow-ups once the thank-yous
// went out, test/helpers/thanked.ts): a template change shows up as a
// readable diff under test/golden/SAMPLE/TONE/.
// Refresh on purpose with
//   UPDATE_GOLDEN=1 npx vitest run test/unit/compose
import { addDays, US_WITH_YEARS, WEEKENDS_ONLY } from '../../../src/model/dates.js';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createComposer } from '../../../src/compose/compose.js';
import { loadTemplates } from '../../../src/compose/template-files.js';
import { slugOf } from '../../../src/compose/words.js';
import { parseInterviewText } from '../../../src/model/interview-file.js';
import { TONES, type Interview, type Note } from '../../../src/model/types.js';
import { thanked } from '../../helpers/thanked.js';
import { SAMPLES } from './samples.js';

/** The sample interview files in other trades, beside the compose samples. */
const TRADES = ['nursing', 'retail', 'teaching', 'finance', 'design', 'brasa', 'van-der-berg', 'van-der-berg-via', 'liffey'];

function fixture(name: string): Interview {
  const result = parseInterviewText(readFileSync(join(import.meta.dirname, `../../fixtures/interviews/${name}.json`), 'utf8'), {
    calendar: WEEKENDS_ONLY,
    dateStyle: US_WITH_YEARS,
  });
  if (!result.ok) throw new Error(`${name}.json does not parse`);
  return result.interview;
}

const ALL: Readonly<Record<string, Interview>> = {
  ...SAMPLES,
  ...Object.fromEntries(TRADES.map((name) => [name, fixture(name)])),
  // A title too long to say twice in a note: in full once, then "the role" (src/compose/role-once.ts).
  'long-role': {
    ...SAMPLES.northwind!,
    status: 'not-selected',
    role: 'Senior Principal Staff Clinical Informatics Pharmacist Lead',
  },
};
const CASES = Object.entries(ALL).flatMap(([sample, interview]) =>
  TONES.map((tone) => [`${sample}/${tone}`, { ...interview, tone }] as const),
);

const GOLDEN = join(import.meta.dirname, '../../golden');
const update = process.env.UPDATE_GOLDEN === '1';
const { composeNotes, kindsFor } = createComposer(loadTemplates());

/** A note that goes through a go-between also says where it goes, as the mail draft's To does. */
function fileText(note: Note): string {
  const to = note.via === undefined ? '' : `To: ${note.via.name} <${note.address}>\n`;
  return `${to}Subject: ${note.subject}\n\n${note.body}\n`;
}

/**
 * The second follow-ups (follow-up-2-*.txt): two weeks after a first went to each person by
 * e-mail (after the thank-you), on the day the second is written, two weeks later still.
 */
function secondFollowUps(interview: Interview): Array<readonly [string, string]> {
  if (!kindsFor(interview).includes('follow-up')) return [];
  const at = `${addDays(interview.date, 14)}T15:00:00.000Z`;
  const sent = interview.interviewers.map((person) => ({
    kind: 'follow-up' as const,
    to: person.name,
    at,
    method: 'clipboard' as const,
  }));
  const dateStyle = { ...US_WITH_YEARS, today: addDays(interview.date, 28) };
  return composeNotes({ ...interview, sent: [...thanked(interview).sent, ...sent] }, 'follow-up', { dateStyle }).map(
    (note) => [`follow-up-2-${slugOf(note.to)}.txt`, fileText(note)] as const,
  );
}

describe.each(CASES)('golden notes: %s', (sample, interview) => {
  const folder = join(GOLDEN, sample);
  const expected = new Map([
    ...kindsFor(interview).flatMap((kind) =>
      composeNotes(kind === 'follow-up' ? thanked(interview) : interview, kind).map(
        (note) => [`${kind}-${slugOf(note.to)}.txt`, fileText(note)] as const,
      ),
    ),
    ...secondFollowUps(interview),
  ]);

  if (update) {
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    for (const [file, text] of expected) writeFileSync(join(folder, file), text);
  }

  it('has exactly one golden file per note', () => {
    const onDisk = existsSync(folder) ? readdirSync(folder).sort() : [];
    expect(onDisk).toEqual([...expected.keys()].sort());
  });

  it.each([...expected.keys()])('%s', (file) => {
    expect(expected.get(file)).toBe(readFileSync(join(folder, file), 'utf8'));
  });
});

// The trial run's interviews (test/fixtures/interviews/brasa.json and van-der-berg.json) as the
// store would hold them, and the real composer's review notes for them: what the session tests
// of calls, people without an address and later rounds run on.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createComposer } from '../../src/compose/compose.js';
import { loadTemplates } from '../../src/compose/template-files.js';
import { US_WITH_YEARS, WEEKENDS_ONLY } from '../../src/model/dates.js';
import { parseInterviewText } from '../../src/model/interview-file.js';
import type { Interview, Note } from '../../src/model/types.js';

const composer = createComposer(loadTemplates());

export function trialInterview(name: 'brasa' | 'van-der-berg'): Interview {
  const text = readFileSync(join(import.meta.dirname, `../fixtures/interviews/${name}.json`), 'utf8');
  const result = parseInterviewText(text, { calendar: WEEKENDS_ONLY, dateStyle: US_WITH_YEARS });
  if (!result.ok) throw new Error(`${name}.json does not parse`);
  return result.interview;
}

/** The notes the guided session reviews for `interview`, from the real templates. */
export function realReviewNotes(interview: Interview): Note[] {
  return composer.reviewNotes(interview, { dateStyle: US_WITH_YEARS });
}

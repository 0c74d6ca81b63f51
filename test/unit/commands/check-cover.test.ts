// `check` of a draft pasted from regen, for a note that goes through a go-between: the coach's own
// line to the go-between (test/fixtures/interviews/van-der-berg-via.json: Alex Kim) is blanked
// from the prose the rules read, as it is for the composed note; a line the writer typed is not.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { noteText, parseDraft } from '../../../src/checklist/draft.js';
import { withoutCoverLine } from '../../../src/commands/check/cover.js';
import { composeNotes } from '../../../src/compose/compose.js';
import { US_WITH_YEARS, WEEKENDS_ONLY } from '../../../src/model/dates.js';
import { parseInterviewText } from '../../../src/model/interview-file.js';

const text = readFileSync(new URL('../../fixtures/interviews/van-der-berg-via.json', import.meta.url), 'utf8');
const parsed = parseInterviewText(text, { calendar: WEEKENDS_ONLY, dateStyle: US_WITH_YEARS });
if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
const interview = parsed.interview;
const JOOST = 'Joost van der Berg';

describe('check: the cover line of a pasted note through a go-between', () => {
  const [note] = composeNotes(interview, 'thank-you', { to: JOOST });
  const pasted = parseDraft(noteText(note!));

  it('is blanked when the draft opens with it, with or without --kind', async () => {
    expect(pasted.prose).toContain('Ms Kim, as you suggested');
    for (const kind of ['thank-you', undefined] as const) {
      const read = await withoutCoverLine(pasted, { interview, to: JOOST, kind });
      expect(read.prose).not.toContain('Ms Kim');
      expect(read.prose).toContain('Dear Mr van der Berg,');
    }
  });

  it('is left alone when the writer changed it, or nobody is named', async () => {
    const edited = parseDraft(noteText({ ...note!, body: note!.body.replace('as you suggested', 'as agreed') }));
    expect((await withoutCoverLine(edited, { interview, to: JOOST, kind: 'thank-you' })).prose).toContain('Ms Kim');
    expect((await withoutCoverLine(pasted, { interview, kind: 'thank-you' })).prose).toContain('Ms Kim');
  });
});

// The review names a note through a go-between by its person and the go-between, and shows the
// go-between's address: where the note goes is never a surprise at the mail program.
import { readFileSync } from 'node:fs';
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { reviewNotes } from '../../src/compose/compose.js';
import { US_WITH_YEARS, WEEKENDS_ONLY } from '../../src/model/dates.js';
import { parseInterviewText } from '../../src/model/interview-file.js';
import { answersOf, draftOf, initialState } from '../../src/session/index.js';
import { App } from '../../src/ui/app.js';
import { emptyWorld, worldDeps } from '../support/fake-world.js';
import { KEY, typeAndWait, waitFor } from './helpers.js';

const text = readFileSync(new URL('../fixtures/interviews/van-der-berg-via.json', import.meta.url), 'utf8');
const parsed = parseInterviewText(text, { calendar: WEEKENDS_ONLY, dateStyle: US_WITH_YEARS });
if (!parsed.ok) throw new Error('van-der-berg-via.json does not parse');
// The fake world's today is Wednesday, November 25: the interview was the day before.
const interview = { ...parsed.interview, date: '2026-11-24' };

describe('the review of notes through a go-between', () => {
  it('heads each note "to Joost van der Berg, via Alex Kim" with her address, and her own note plainly', async () => {
    const draft = draftOf(initialState(answersOf(interview), { step: 'review', index: 0 }));
    const world = emptyWorld({ draft, candidate: interview.candidate });
    const app = render(<App deps={worldDeps(world, { notes: (saved) => reviewNotes(saved) })} />);
    await waitFor(app, 'Pick up where you left off?');
    await typeAndWait(app, KEY.enter);
    const first = await waitFor(app, 'Note 1 of 4');
    expect(first).toContain('to Joost van der Berg, via Alex Kim');
    expect(first).toContain('alex.kim@vdberg.example');
    expect(first).toContain('Ms Kim, as you suggested, here is my thank-you note for Mr van der Berg.');
    await typeAndWait(app, KEY.right);
    await typeAndWait(app, KEY.right);
    await typeAndWait(app, KEY.right);
    const last = await waitFor(app, 'Note 4 of 4');
    expect(last).toContain('to Alex Kim');
    expect(last).not.toContain('via Alex Kim');
    app.unmount();
  });
});

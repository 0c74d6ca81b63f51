// The id an interview is saved as stays on screen for the whole review (its header), so the user
// can run `regen ID` later: a notice above the review scrolled off before it could be read.
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { answersOf, draftOf, initialState } from '../../src/session/index.js';
import { App } from '../../src/ui/app.js';
import { sampleInterview } from '../helpers/sample-interview.js';
import { emptyWorld, worldDeps } from '../support/fake-world.js';
import { KEY, typeAndWait, waitFor } from './helpers.js';

describe('the id at the review', () => {
  it('names the id the new interview is saved as, "-2" included, in the header of every note', async () => {
    const interview = sampleInterview();
    // Another interview holds the id already: the new one is saved beside it.
    const other = { ...interview, company: 'Acme Robotics GmbH' };
    const world = emptyWorld({
      interviews: [other],
      draft: draftOf(initialState(answersOf(interview), { step: 'review', index: 0 })),
    });
    const app = render(<App deps={worldDeps(world)} />);
    await waitFor(app, 'Pick up where you left off?');
    await typeAndWait(app, KEY.enter);
    const first = await waitFor(app, 'Note 1 of 2');
    const header = first.split('\n').find((line) => line.startsWith('followup-coach · 5/5'));
    expect(header).toBe(`followup-coach · 5/5 Review · saved as ${interview.id}-2`);
    expect(world.interviews.map((i) => i.id)).toEqual([interview.id, `${interview.id}-2`]);
    const second = await typeAndWait(app, KEY.right);
    expect(second).toContain(`5/5 Review · saved as ${interview.id}-2`);
    app.unmount();
  });
});

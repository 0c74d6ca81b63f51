// The save at the review, as the Ink app shows it: a failed save says why and offers to try
// again instead of leaving the review waiting; the notes show once the interview is stored.
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { answersOf, draftOf, initialState } from '../../src/session/index.js';
import { App } from '../../src/ui/app.js';
import { sampleInterview } from '../helpers/sample-interview.js';
import { emptyWorld, worldDeps } from '../support/fake-world.js';
import { KEY, typeAndWait, waitFor } from './helpers.js';

describe('the save at the review', () => {
  it('says why a save failed, and shows the notes once trying again works', async () => {
    const answers = answersOf(sampleInterview());
    const world = emptyWorld({ draft: draftOf(initialState(answers, { step: 'review', index: 0 })) });
    const deps = worldDeps(world);
    let failures = 1;
    const app = render(
      <App
        deps={{
          ...deps,
          saveInterview: async (interview, options) => {
            if (failures-- > 0) throw Object.assign(new Error('ENOSPC'), { reason: 'the disk is full' });
            return deps.saveInterview(interview, options);
          },
        }}
      />,
    );
    await waitFor(app, 'Pick up where you left off?');
    await typeAndWait(app, KEY.enter);
    const failed = await waitFor(app, 'could not be saved');
    expect(failed).toContain('The interview could not be saved (the disk is full)');
    expect(failed).toContain('Try saving again');
    expect(world.interviews).toEqual([]);
    await typeAndWait(app, KEY.enter);
    expect(await waitFor(app, 'Note 1 of 2')).toContain('Dear Priya Raghunathan,');
    expect(world.interviews.map((i) => i.id)).toEqual(['acme-robotics-senior-backend-engineer']);
    app.unmount();
  });
});

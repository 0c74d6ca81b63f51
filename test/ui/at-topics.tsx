// The guided session resumed at the sample interview's first interviewer's topics step, with its
// two topics on screen, for the tests of typing, pasting and changing topics.
import { render } from 'ink-testing-library';
import { answersOf, draftOf, initialState } from '../../src/session/index.js';
import { App } from '../../src/ui/app.js';
import { sampleInterview } from '../helpers/sample-interview.js';
import { emptyWorld, worldDeps } from '../support/fake-world.js';
import { KEY, typeAndWait, waitFor } from './helpers.js';

export async function atTopics() {
  const world = emptyWorld({
    draft: draftOf(initialState(answersOf(sampleInterview()), { step: 'interviewer.topics', index: 0 })),
  });
  const app = render(<App deps={worldDeps(world)} />);
  await waitFor(app, 'Pick up where you left off?');
  await typeAndWait(app, KEY.enter);
  await waitFor(app, '2. how on-call works');
  return { app, world };
}

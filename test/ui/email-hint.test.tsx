// The hint at an interviewer's e-mail says what leaving it empty really does: with the notes going
// through the recruiter no address is needed; otherwise the coach asks the recruiter for it.
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import type { Interview } from '../../src/model/types.js';
import { answersOf, draftOf, initialState } from '../../src/session/index.js';
import { App } from '../../src/ui/app.js';
import { sampleInterview } from '../helpers/sample-interview.js';
import { emptyWorld, worldDeps } from '../support/fake-world.js';
import { KEY, typeAndWait, waitFor } from './helpers.js';

/** The session resumed at Sam Ortiz's e-mail (he gave none), with the interview's answers so far. */
async function atSamsEmail(interview: Interview) {
  const draft = draftOf(initialState(answersOf(interview), { step: 'interviewer.email', index: 1 }));
  const app = render(<App deps={worldDeps(emptyWorld({ draft }))} />);
  await waitFor(app, 'Pick up where you left off?');
  await typeAndWait(app, KEY.enter);
  const frame = await waitFor(app, 'Leave empty if you have none');
  app.unmount();
  return frame.replace(/\s+/g, ' ');
}

describe('the hint at an interviewer e-mail', () => {
  it('says no address is needed when every note goes through the recruiter', async () => {
    const frame = await atSamsEmail(sampleInterview({ via: { name: 'Dana Kim', notes: 'all' } }));
    expect(frame).toContain('Leave empty if you have none: your notes go through Dana Kim, so no address is needed.');
    expect(frame).not.toContain('asking');
  });

  it('says the same when only the thank-yous go through her: notes to someone without an address all do', async () => {
    const frame = await atSamsEmail(sampleInterview({ via: { name: 'Dana Kim', notes: 'thank-you' } }));
    expect(frame).toContain('your notes go through Dana Kim, so no address is needed.');
  });

  it('names the recruiter the coach will ask when the notes go to each person', async () => {
    const frame = await atSamsEmail(sampleInterview());
    expect(frame).toContain('Leave empty if you have none: the coach writes a note asking Dana Kim for it.');
  });
});

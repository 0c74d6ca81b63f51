// `npx followup-coach` reads the store while Ink loads and mounts the app with it (src/session/opening.ts):
// the very first frame is then the screen that asks something, never the loading line.
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { answersOf, draftOf, initialState } from '../../src/session/index.js';
import { App } from '../../src/ui/app.js';
import { loading } from '../../src/ui/messages.js';
import { openSession } from '../../src/session/opening.js';
import type { SessionDeps } from '../../src/session/effects.js';
import { sampleInterview } from '../helpers/sample-interview.js';
import { KEY, typeAndWait, waitFor } from './helpers.js';
import { emptyWorld, worldDeps, type FakeWorld } from '../support/fake-world.js';

async function mounted(world: FakeWorld, extra: Partial<SessionDeps> = {}) {
  const deps = { ...worldDeps(world), ...extra };
  const app = render(<App deps={deps} opening={await openSession(deps)} />);
  return { app, first: app.frames[0] ?? '' };
}

describe('opening with the store already read', () => {
  it('asks the first question in the first frame, with the saved candidate filled in', async () => {
    const candidate = sampleInterview().candidate;
    const { app, first } = await mounted(emptyWorld({ candidate }));
    expect(first).not.toContain(loading);
    expect(first).toContain('1/5 About you');
    expect(first).toContain('Your name');
    expect(first).toContain('Jordan Lee');
    // The prefilled answer is kept: Enter moves on to the e-mail, also prefilled.
    await typeAndWait(app, KEY.enter);
    await waitFor(app, 'jordan@example.com');
    app.unmount();
  });

  it('offers to resume an unfinished draft in the first frame, and resuming works', async () => {
    const draft = draftOf(initialState(answersOf(sampleInterview()), { step: 'interviewers', index: 0 }));
    const { app, first } = await mounted(emptyWorld({ draft }));
    expect(first).not.toContain(loading);
    expect(first).toContain('Pick up where you left off?');
    await typeAndWait(app, KEY.enter);
    expect(await waitFor(app, '3/5 Interviewers')).toContain('1. Priya Raghunathan, Engineering Manager (2 topics)');
    app.unmount();
  });

  it('opens on the home screen when interviews are saved', async () => {
    const { app, first } = await mounted(emptyWorld({ interviews: [sampleInterview()] }));
    expect(first).not.toContain(loading);
    expect(first).toContain('What would you like to do?');
    app.unmount();
  });

  it('starts the background work once the first frame is up, as without an opening', async () => {
    let warmed = 0;
    const { app } = await mounted(emptyWorld(), {
      warmUp: () => {
        warmed += 1;
      },
    });
    expect(warmed).toBe(0);
    // A timer after the first frame starts it: wait for it to have run, however late.
    await waitFor(app, () => warmed > 0);
    expect(warmed).toBe(1);
    app.unmount();
  });
});

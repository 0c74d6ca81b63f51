// A resumed session shows the same recap of what is answered already as a session typed in one
// go: the scrollback tells the whole story, not only what was typed after the pause.
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { answersOf, draftOf, initialState } from '../../src/session/index.js';
import { App } from '../../src/ui/app.js';
import { sampleInterview } from '../helpers/sample-interview.js';
import { emptyWorld, worldDeps } from '../support/fake-world.js';
import { KEY, typeAndWait, waitFor } from './helpers.js';

const ABOUT = '✓ About you: Jordan Lee, jordan@example.com, +1 555 0100';
const INTERVIEW = '✓ The interview: Acme Robotics, Senior Backend Engineer, Tuesday, November 24, 2026, On site';
const INTERVIEWERS = '✓ Interviewers: Priya Raghunathan, Sam Ortiz';

describe('resuming a saved session', () => {
  it('shows the recap of every section answered before the pause, in order', async () => {
    const answers = answersOf(sampleInterview());
    const world = emptyWorld({ draft: draftOf(initialState(answers, { step: 'next.timeframe', index: 0 })) });
    const app = render(<App deps={worldDeps(world)} />);
    await waitFor(app, 'Pick up where you left off?');
    await typeAndWait(app, KEY.enter);
    await waitFor(app, 'When did they say they would decide?');
    // The recaps go to the scrollback once (<Static>), so look through every frame written.
    const frame = app.frames.join('\n');
    expect(frame).toContain(ABOUT);
    expect(frame).toContain(INTERVIEW);
    expect(frame).toContain(INTERVIEWERS);
    expect(frame.indexOf(ABOUT)).toBeLessThan(frame.indexOf(INTERVIEW));
    app.unmount();
  });

  it('recaps nothing of the section it stopped in', async () => {
    const answers = answersOf(sampleInterview());
    const world = emptyWorld({ draft: draftOf(initialState(answers, { step: 'interview.format', index: 0 })) });
    const app = render(<App deps={worldDeps(world)} />);
    await waitFor(app, 'Pick up where you left off?');
    await typeAndWait(app, KEY.enter);
    await waitFor(app, 'Format');
    const frame = app.frames.join('\n');
    expect(frame).toContain(ABOUT);
    expect(frame).not.toContain('✓ The interview');
    app.unmount();
  });
});

// Keys that arrive right after Enter, before Ink has moved its input handler to the next
// question, must never be filed as the answer to the question just submitted or the next one.
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/ui/app.js';
import { KEY, answer, typeAndWait, waitFor } from './helpers.js';
import { emptyWorld, worldDeps } from '../support/fake-world.js';

describe('typing ahead of the screen', () => {
  it('drops keys that reach the submitted question instead of gluing them onto its answer', async () => {
    const world = emptyWorld();
    const app = render(<App deps={worldDeps(world)} />);
    await waitFor(app, 'Your name');
    // Two chunks with no frame in between: both reach the name input's handler.
    app.stdin.write('Jordan Lee\r');
    app.stdin.write('jordan@example.com\r');
    await waitFor(app, 'Your e-mail');
    // Then a key with an effect on screen: events are handled in order, so once it shows, the
    // second chunk has been dealt with, and it went nowhere.
    const typed = await typeAndWait(app, 'j');
    expect(typed).toContain('› j');
    expect(typed).not.toContain('Jordan Leejordan');
    expect(typed).not.toContain('jordan@example.com');
    expect(typed).not.toMatch(/does not look like an e-mail/);
    await typeAndWait(app, KEY.backspace);
    // The e-mail question still takes its answer normally.
    await answer(app, 'jordan@example.com');
    await waitFor(app, 'Your phone');
  });

  it('still takes keys after a rejected answer (the same input stays on screen)', async () => {
    const app = render(<App deps={worldDeps(emptyWorld())} />);
    await waitFor(app, 'Your name');
    await answer(app, 'Jordan Lee');
    await waitFor(app, 'Your e-mail');
    await answer(app, 'not-an-address');
    await waitFor(app, 'does not look like an e-mail');
    await answer(app, '\u0015jordan@example.com'); // Ctrl-U clears, then the right address
    await waitFor(app, 'Your phone');
  });
});

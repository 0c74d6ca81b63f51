// Esc goes back into a section already left: the screen shows that section as it is again, with
// no recap of it left behind from the way forward, and a recap that follows the answers.
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/ui/app.js';
import { emptyWorld, worldDeps } from '../support/fake-world.js';
import { KEY, answer, clearInput, typeAndWait, waitFor } from './helpers.js';

const ABOUT = '✓ About you: Jordan Lee, jordan@example.com, +1 555 0100';

describe('going back with Esc', () => {
  it('leaves no recap of the section returned to, and recaps it again as it is when left again', async () => {
    const app = render(<App deps={worldDeps(emptyWorld())} />);
    await waitFor(app, 'Your name');
    for (const text of ['Jordan Lee', 'jordan@example.com', '+1 555 0100', '', '']) await answer(app, text);
    expect(await waitFor(app, '2/5 The interview')).toContain(ABOUT);
    const frames = app.frames.length;
    await typeAndWait(app, KEY.esc);
    // Back in "About you": no line says it is done, in any frame drawn since.
    const back = await waitFor(app, '1/5 About you');
    expect(back).not.toContain('✓ About you');
    expect(app.frames.slice(frames).join('\n')).not.toContain('✓ About you');
    // Back to the phone number, changed, and on again: the recap holds the new number only.
    await typeAndWait(app, KEY.esc);
    await waitFor(app, 'Signature line');
    await typeAndWait(app, KEY.esc);
    await waitFor(app, 'Your phone');
    await clearInput(app);
    await answer(app, '+1 555 0199');
    await answer(app, '');
    const on = await answer(app, '');
    const left = on.includes('2/5 The interview') ? on : await waitFor(app, '2/5 The interview');
    expect(left).toContain('✓ About you: Jordan Lee, jordan@example.com, +1 555 0199');
    expect(app.frames.at(-1)).not.toContain(ABOUT);
    app.unmount();
  });
});

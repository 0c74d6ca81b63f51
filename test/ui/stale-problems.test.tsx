// What to type instead is about the answer submitted: once the person changes it, the message
// goes, so a right answer never shows under a complaint about a wrong one.
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/ui/app.js';
import { problems } from '../../src/session/messages.js';
import { KEY, answer, screen, typeAndWait, waitFor } from './helpers.js';
import { emptyWorld, worldDeps } from '../support/fake-world.js';

async function atInterviewDate() {
  const app = render(<App deps={worldDeps(emptyWorld())} />);
  await waitFor(app, 'Your name');
  for (const text of ['Maren Holloway', 'maren@example.com', '+1 614 555 0147', '', '']) await answer(app, text);
  await answer(app, "St. Brigid's Regional Medical Center");
  await answer(app, 'Oncology Clinical Pharmacist');
  await waitFor(app, 'Interview date');
  return app;
}

describe('a problem shown under a question', () => {
  it('goes when the answer is changed, and comes back with the same wrong answer', async () => {
    const app = await atInterviewDate();
    await answer(app, '2026-11-31');
    expect(await waitFor(app, 'is not a real calendar day')).toContain('› 2026-11-31');
    await typeAndWait(app, KEY.backspace);
    await typeAndWait(app, KEY.backspace);
    await typeAndWait(app, '24');
    const fixed = await waitFor(app, (frame) => frame.includes('→ Tuesday, November 24'));
    expect(fixed).not.toContain('is not a real calendar day');
    // Back to the wrong day: the problem with it is said again.
    await typeAndWait(app, KEY.backspace);
    await typeAndWait(app, KEY.backspace);
    await typeAndWait(app, '31');
    expect(await waitFor(app, 'is not a real calendar day')).toContain('› 2026-11-31');
    app.unmount();
  });

  it('on the topics: "add at least one" goes with the first topic added', async () => {
    const app = await atInterviewDate();
    await answer(app, '2026-11-24');
    await waitFor(app, 'On site');
    await typeAndWait(app, KEY.enter);
    await waitFor(app, 'How do you greet interviewers?');
    await typeAndWait(app, KEY.enter);
    await answer(app, ''); // no recruiter
    await answer(app, 'Siobhán Ní Bhriain');
    await answer(app, ''); // greeting as offered
    for (const text of ['Pharmacy Manager', 'siobhan@stbrigids.example', '']) await answer(app, text);
    await waitFor(app, 'How did they reach you?');
    await typeAndWait(app, KEY.enter);
    await waitFor(app, 'Review your notes from the meeting');
    await answer(app, ''); // no topic yet
    await waitFor(app, problems.topicsNone);
    await answer(app, 'how pharmacists round with nursing on the infusion floor');
    const added = await waitFor(app, '1. how pharmacists round with nursing on the infusion floor');
    expect(added).not.toContain(problems.topicsNone);
    expect(screen(app)).not.toContain(problems.topicsNone);
    app.unmount();
  });
});

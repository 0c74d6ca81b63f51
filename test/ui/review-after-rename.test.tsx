// A trial: `a` on note 2 of the review, the name of that note's person fixed in the interviewer
// list, and the review came back on note 1. It comes back on the same person's note, under the
// new name.
import { describe, expect, it } from 'vitest';
import { resumedAtReview, toSamsNote } from './at-review.js';
import { KEY, answer, choose, clearInput, typeAndWait, waitFor } from './helpers.js';

const VERDICT_CLEAN = 'The checklist found nothing to fix';

describe('the review after renaming the person on screen', () => {
  it("opens on that person's note, under the new name", async () => {
    const { app } = await resumedAtReview();
    await toSamsNote(app);
    await typeAndWait(app, 'a');
    await waitFor(app, 'Which answer do you want to change?');
    await choose(app, 'Interviewers (add, edit, remove)');
    await choose(app, 'Edit Sam Ortiz');
    await waitFor(app, '› Sam Ortiz');
    await clearInput(app);
    await answer(app, 'Samuel Ortiz');
    for (let i = 0; i < 20 && !app.lastFrame()?.includes('Done: back to the review'); i += 1) {
      await typeAndWait(app, KEY.enter);
    }
    await choose(app, 'Done: back to the review');
    // Back on a note once its checklist verdict is drawn: the review checks the renamed note
    // (loading the rules on the way), and the test ends only after that work has.
    const back = await waitFor(
      app,
      (frame) => / of 2 · /.test(frame) && (frame.includes(VERDICT_CLEAN) || /[\u2716\u26a0\u2139] \d/u.test(frame)),
    );
    expect(back).toContain('Note 2 of 2 · Thank-you call to Samuel Ortiz');
    app.unmount();
  });
});

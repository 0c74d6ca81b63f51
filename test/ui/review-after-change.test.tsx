// Back on the review after an answer changed, with the real session deps over a real store
// (test/support/store-at-review.ts: Priya's thank-you edited by hand, Sam's sent): the review
// opens on the note the user was on, and what the save has to say (the id stays, since a note
// went out) is shown whole on that review and goes once the user moves on, where it used to sit
// in the scrollback above every later screen with its first line scrolled away.
import { describe, expect, it } from 'vitest';
import { changeRole, resumedAtReview, toSamsNote } from './at-review.js';
import { KEY, typeAndWait, waitFor } from './helpers.js';

const KEPT =
  'The id stays acme-robotics-senior-backend-engineer, since a note of this interview was marked sent; the notes use the new answers.';

/** The screen as one line, so a message wrapped over rows reads whole. */
const flat = (frame: string) => frame.replace(/\s+/g, ' ');

describe('the review after a changed answer', () => {
  it('opens on the note the user was on, and says the notice once, whole, until the user moves on', async () => {
    const { app } = await resumedAtReview();
    await toSamsNote(app);
    await changeRole(app, 'Staff Engineer');
    await waitFor(app, 'Marked − your edit, + the new text');
    app.stdin.write('k');
    const back = await waitFor(
      app,
      (frame) => / of 2 · Thank-you (call )?to /.test(frame) && !frame.includes('Marked − your edit, + the new text'),
    );
    // Sam's note, where the user was; not Priya's, the first still to send.
    expect(back).toContain('Note 2 of 2 · Thank-you call to Sam Ortiz');
    expect(flat(back)).toContain(KEPT);
    expect(flat(back).split(KEPT)).toHaveLength(2);
    const moved = await typeAndWait(app, KEY.left);
    expect(moved).toContain('Note 1 of 2');
    expect(flat(moved)).not.toContain('the notes use the new answers');
    // Leaving for the answers and coming back does not bring it back either.
    await typeAndWait(app, 'a');
    await waitFor(app, 'Which answer do you want to change?');
    const again = await typeAndWait(app, KEY.esc);
    expect(await waitFor(app, 'Note 1 of 2')).not.toContain('the notes use the new answers');
    expect(flat(again)).not.toContain('the notes use the new answers');
    app.unmount();
  });
});

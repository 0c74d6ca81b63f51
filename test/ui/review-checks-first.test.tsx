// The three manual checks come before the first copy of a session whatever was pressed before:
// a call marked as made with s (never copied, so never checked) used to count as checked, and
// the next note was copied at once (the trial run: s on the district manager's call script,
// then the right arrow, then c on the HR partner's e-mail). Lin Yu's missing address is asked
// in Kwame's thank-you, so the review holds 3 notes.
import { describe, expect, it } from 'vitest';
import { emptyWorld, worldDeps } from '../support/fake-world.js';
import { realReviewNotes, trialInterview } from '../support/trial-interviews.js';
import { KEY, typeAndWait, waitFor } from './helpers.js';
import { renderReview } from './render-review.js';

describe('the manual checks before the first copy', () => {
  it('are asked after a call was marked as made without a copy', async () => {
    const world = emptyWorld();
    const app = renderReview({
      deps: worldDeps(world, { notes: realReviewNotes }),
      interview: trialInterview('brasa'),
      columns: 120,
      rows: 40,
      manualConfirmed: false,
    });
    await waitFor(app, 'Note 1 of 3 · Thank-you call to Chef Aoife');
    await typeAndWait(app, 's');
    await waitFor(app, 'Marked the call as made');
    await typeAndWait(app, KEY.right);
    const next = await waitFor(app, 'Note 2 of 3');
    expect(next).not.toContain('Thank-you call');
    const asked = await typeAndWait(app, 'c');
    expect(asked).toContain('[ ] 1 The note sounds gracious and sincere, in your own voice.');
    expect(world.copied).toEqual([]);
    app.unmount();
  });
});

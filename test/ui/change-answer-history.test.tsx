import { describe, expect, it } from 'vitest';
import { EDITED, SAM_SENT } from '../support/store-at-review.js';
import { changeRole, resumedAtReview } from './at-review.js';
import { KEY, waitFor } from './helpers.js';

describe('changing an answer in the review', () => {
  it('asks about the hand edit, keeps it on k, and the sent note keeps its marker and its text', async () => {
    const { app, saved, first: before } = await resumedAtReview();
    expect(before).toContain('My own words about Kafka and on-call.');
    expect(before).toContain('(edited by you)');
    await changeRole(app, 'Staff Engineer');
    const asked = await waitFor(app, 'Marked − your edit, + the new text');
    expect(asked).toContain('you had edited the thank-you note to Priya Raghunathan by hand');
    expect(asked).toContain('− My own words about Kafka and on-call.');
    expect(asked).toContain('Staff Engineer');
    // The review comes back after a "Writing your notes…" frame, which a loaded machine may
    // show for longer than a key takes to settle: wait for the review itself.
    app.stdin.write('k');
    const kept = await waitFor(
      app,
      (frame) => frame.includes('Note 1 of 2') && !frame.includes('Marked − your edit, + the new text'),
    );
    expect(kept).toContain('My own words about Kafka and on-call.');
    expect(kept).toContain('(edited by you)');
    app.stdin.write(KEY.right);
    const sam = await waitFor(app, 'Note 2 of 2');
    // The real deps write days as the user's locale does, the year left out in the clock's own;
    // Sam phoned, so his thank-you on record is a call made, not a note sent.
    expect(sam).toContain('Called Tuesday, November 24.');
    expect(sam).toContain('The thank-you that went out, for the Senior Backend Engineer role.');
    const stored = await saved();
    expect(stored.role).toBe('Staff Engineer');
    expect(stored.edits?.map((e) => [e.to, e.body])).toEqual([['Priya Raghunathan', EDITED]]);
    expect(stored.sent.map((e) => [e.to, e.body])).toEqual([['Sam Ortiz', SAM_SENT]]);
    app.unmount();
  });

  it('on n uses the new text and drops the edit from the store', async () => {
    const { app, saved } = await resumedAtReview();
    await changeRole(app, 'Staff Engineer');
    await waitFor(app, 'Marked − your edit, + the new text');
    app.stdin.write('n');
    const fresh = await waitFor(app, (frame) => frame.includes('Note 1 of 2') && !frame.includes('My own words'));
    expect(fresh).toMatch(/Subject: .*Staff Engineer/);
    expect(fresh).not.toContain('(edited by you)');
    expect((await saved()).edits ?? []).toEqual([]);
    app.unmount();
  });
});

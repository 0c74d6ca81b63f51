// `e` on a note already sent: the Ink review keeps the text that went out, opens no editor and
// saves no edit (which regen would later print as the note), and says what to do instead.
import { describe, expect, it } from 'vitest';
import { sampleInterview } from '../helpers/sample-interview.js';
import { typeAndWait, waitFor } from './helpers.js';
import { renderReview } from './render-review.js';
import { emptyWorld, worldDeps } from '../support/fake-world.js';

describe('editing a sent note in the review', () => {
  it('is refused with what to do instead; the sent text stays on screen', async () => {
    const world = emptyWorld();
    const base = sampleInterview();
    const interview = {
      ...base,
      sent: [
        {
          kind: 'thank-you' as const,
          to: 'Priya Raghunathan',
          at: '2026-11-24T17:00:00.000Z',
          subject: 'Thanks from Jordan',
          body: 'Dear Priya,\nthe text that went out.\nJordan',
        },
      ],
    };
    const app = renderReview({ deps: worldDeps(world), interview, columns: 200 });
    // The review opens on the first note still to send, Sam's; the sent one is a key away.
    const opened = await waitFor(app, 'Note 2 of 2 · Thank-you to Sam Ortiz');
    expect(opened).not.toContain('the text that went out.');
    expect(await typeAndWait(app, 'p')).toContain('the text that went out.');
    const frame = await typeAndWait(app, 'e');
    expect(frame).toContain('Sent Tuesday, November 24, 2026: this text is the record of what went out, so it cannot be edited.');
    expect(frame).toContain('the text that went out.');
    expect([world.edited, world.edits]).toEqual([[], []]);
    app.unmount();
  });
});

// A follow-up to someone no thank-you is on record for quotes none (src/compose/compose.ts): the
// review says so under it, and how to record a thank-you sent another way, until something else
// is to be said; a follow-up that quotes a thank-you on record says nothing of the kind.
import { describe, expect, it } from 'vitest';
import { followUpNotes } from '../../src/compose/compose.js';
import { sampleInterview } from '../helpers/sample-interview.js';
import { thanked } from '../helpers/thanked.js';
import { emptyWorld, worldDeps } from '../support/fake-world.js';
import { screen, waitFor } from './helpers.js';
import { renderReview } from './render-review.js';

const ADVICE =
  'No thank-you to Priya Raghunathan is on record, so this follow-up quotes none and thanks them for the interview itself.';

describe('the review of a follow-up with no thank-you on record', () => {
  it('says it quotes none, and how to record one sent another way', async () => {
    const interview = sampleInterview();
    const world = emptyWorld({ interviews: [interview] });
    const app = renderReview({ deps: worldDeps(world, { notes: followUpNotes }), interview, rows: 40 });
    const frame = (await waitFor(app, 'No thank-you to Priya')).replace(/\s+/g, ' ');
    expect(frame).toContain(ADVICE);
    expect(frame).toContain('If you sent one another way, record it with followup-coach sent before you copy this.');
    app.unmount();
  });

  it('says nothing of the kind once the thank-you is on record', async () => {
    const interview = thanked(sampleInterview());
    const world = emptyWorld({ interviews: [interview] });
    const app = renderReview({ deps: worldDeps(world, { notes: followUpNotes }), interview, rows: 40 });
    await waitFor(app, 'wrote:');
    expect(screen(app).replace(/\s+/g, ' ')).not.toContain('No thank-you to');
    app.unmount();
  });
});

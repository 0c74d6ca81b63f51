// A note the checklist calls early (too-early) is recorded as sent only when s is pressed twice.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model/types.js';
import { typeAndWait, waitFor } from './helpers.js';
import { renderReview } from './render-review.js';
import { emptyWorld, worldDeps } from '../support/fake-world.js';

const EARLY: Finding = {
  rule: 'too-early',
  severity: 'warning',
  message: 'Hold this note until Monday, December 7.',
  line: 3,
  column: 1,
  excerpt: 'I am following up',
};

describe('marking an early note sent', () => {
  it('asks for s a second time, then records it', async () => {
    const world = emptyWorld();
    const deps = worldDeps(world, { check: (note) => (note.body.includes('Priya') ? [EARLY] : []) });
    const app = renderReview({ deps });
    await waitFor(app, 'too-early: Hold this note until Monday, December 7.');
    const once = await typeAndWait(app, 's');
    expect(once).toContain('The checklist says this note is early (too-early)');
    expect(once).toContain('Press s again to record it anyway.');
    expect(world.sent).toEqual([]);
    const twice = await typeAndWait(app, 's');
    expect(twice).toContain('Marked as sent on Wednesday, November 25, 2026.');
    expect(world.sent.map(({ entry }) => [entry.kind, entry.to])).toEqual([['thank-you', 'Priya Raghunathan']]);
    app.unmount();
  });
});

// One slip that two rules see at one place ("Dear Sam," in the note to Priya is both a greeting
// that is not hers and another interviewer named) shows under one heading that names both rules,
// each message under it, where it used to be two lines that read as two slips.
import { describe, expect, it } from 'vitest';
import { checkNote } from '../../src/checklist/check-note.js';
import { emptyWorld, worldDeps } from '../support/fake-world.js';
import { oneSlipNotes } from '../support/one-place-notes.js';
import { waitFor } from './helpers.js';
import { renderReview } from './render-review.js';

describe('two findings at one place in the review', () => {
  it('shows the place once, with both rules and both messages', async () => {
    const deps = worldDeps(emptyWorld(), { notes: oneSlipNotes, check: (note, context) => checkNote(note, context) });
    const app = renderReview({ deps, columns: 100, rows: 60 });
    const frame = (await waitFor(app, 'Checklist')).replace(/\n\s+(?![✖⚠ℹ])/g, ' ');
    expect(frame).toContain('✖ line 3 · “Sam” · name-mismatch + wrong-person');
    expect(frame).toMatch(/ {2}✖ name-mismatch: The greeting says "Sam", which is Sam Ortiz's name/);
    expect(frame).toMatch(/ {2}✖ wrong-person: .*Sam Ortiz/);
    // Each rule once, under the one heading.
    expect(frame.match(/name-mismatch/g)).toHaveLength(2);
    expect(frame).not.toContain('line 3 · name-mismatch');
    // The count is of findings, as the rules found them.
    expect(frame).toContain('✖ 2 errors');
    app.unmount();
  });
});

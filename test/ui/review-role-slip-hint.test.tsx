// A subject that names nothing gets a hint with an example subject built from the role; with a
// slip in the role ("Senoir"), the guided review used to quote the slip, teaching it. It now asks
// the spell checker (the real one, on the test worker) about the role, as `check` does.
import { describe, expect, it } from 'vitest';
import { checkNote } from '../../src/checklist/check-note.js';
import { roleSlipsFor } from '../../src/checklist/role-slips.js';
import { sampleInterview } from '../helpers/sample-interview.js';
import { emptyWorld, worldDeps } from '../support/fake-world.js';
import { oneSlipNotes } from '../support/one-place-notes.js';
import { spellCheckerForFile } from '../unit/checklist/worker-build.js';
import { waitFor, SPELLING_PATIENCE_MS, SPELLING_TEST_MS } from './helpers.js';
import { renderReview } from './render-review.js';

describe('the subject hint in the review, with a slip in the role', () => {
  const speller = spellCheckerForFile();

  it(
    'gives an example subject without the misspelled role',
    async () => {
      const interview = sampleInterview({ role: 'Senoir Backend Engineer' });
      const deps = {
        ...worldDeps(emptyWorld(), { notes: oneSlipNotes, check: (note, context) => checkNote(note, context) }),
        roleSlips: async (context: Parameters<typeof roleSlipsFor>[1]) => roleSlipsFor(speller(), context),
      };
      const app = renderReview({ deps, interview, columns: 100, rows: 60 });
      const frame = (
        await waitFor(app, (shown) => shown.includes('generic-subject') && !shown.includes('checking'), SPELLING_PATIENCE_MS)
      ).replace(/\n\s+(?![✖⚠ℹ])/g, ' ');
      expect(frame).toContain('(e.g. "Thank you: (your role) interview")');
      expect(frame).not.toContain('Thank you: Senoir');
      app.unmount();
    },
    SPELLING_TEST_MS,
  );

  it(
    'still quotes a role spelled right',
    async () => {
      const deps = {
        ...worldDeps(emptyWorld(), { notes: oneSlipNotes, check: (note, context) => checkNote(note, context) }),
        roleSlips: async (context: Parameters<typeof roleSlipsFor>[1]) => roleSlipsFor(speller(), context),
      };
      const app = renderReview({ deps, columns: 100, rows: 60 });
      const frame = (
        await waitFor(app, (shown) => shown.includes('generic-subject') && !shown.includes('checking'), SPELLING_PATIENCE_MS)
      ).replace(/\n\s+(?![✖⚠ℹ])/g, ' ');
      expect(frame).toContain('(e.g. "Thank you: Senior Backend Engineer interview")');
      app.unmount();
    },
    SPELLING_TEST_MS,
  );
});

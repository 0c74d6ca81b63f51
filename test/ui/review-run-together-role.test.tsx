// A role pasted with two of its words run together ("Commercial Apiary ManagerApiary Manager")
// is shown in the review with its spelling warning, from the real spell checker on the test
// worker, where it used to say the checklist found nothing to fix: the inner capital passed the
// whole word for a name.
import { describe, expect, it } from 'vitest';
import { noteText } from '../../src/checklist/draft.js';
import { answerNamesFor, knownWordsFor, roleWordsFor, typedWordsFor } from '../../src/checklist/known-words.js';
import type { SessionDeps } from '../../src/session/effects.js';
import { sampleInterview } from '../helpers/sample-interview.js';
import { emptyWorld, worldDeps } from '../support/fake-world.js';
import { spellCheckerForFile } from '../unit/checklist/worker-build.js';
import { waitFor, SPELLING_PATIENCE_MS, SPELLING_TEST_MS } from './helpers.js';
import { renderReview } from './render-review.js';

describe('the review of a role with two words run together', () => {
  const speller = spellCheckerForFile();
  // As the session's own deps ask the spell checker (src/commands/session-deps.ts).
  const checkSpelling: SessionDeps['checkSpelling'] = (note, context) =>
    speller().lint(noteText(note), knownWordsFor(context), {
      typed: typedWordsFor(context),
      role: roleWordsFor(context),
      answerNames: answerNamesFor(context),
    });

  it(
    'warns about the run-together word and gives the words apart',
    async () => {
      const interview = { ...sampleInterview(), role: 'Commercial Apiary ManagerApiary Manager' };
      const deps = { ...worldDeps(emptyWorld()), checkSpelling };
      const app = renderReview({ deps, interview, columns: 100, rows: 40 });
      const frame = await waitFor(app, (shown) => shown.includes('⚠') && !shown.includes('checking'), SPELLING_PATIENCE_MS);
      expect(frame).not.toContain('The checklist found nothing to fix');
      expect(frame.replace(/\n\s+/g, ' ')).toContain(
        '"ManagerApiary", in the subject, looks like two words typed without the space between them ("Manager Apiary")',
      );
      app.unmount();
    },
    SPELLING_TEST_MS,
  );

  it(
    'takes a role with a name in it as written',
    async () => {
      const interview = { ...sampleInterview(), role: 'Senior JavaScript Engineer, iPhone Apps' };
      const deps = { ...worldDeps(emptyWorld()), checkSpelling };
      const app = renderReview({ deps, interview, columns: 100, rows: 40 });
      await waitFor(app, (shown) => shown.includes('Note 1 of 2') && !shown.includes('checking'), SPELLING_PATIENCE_MS);
      expect(await waitFor(app, 'The checklist found nothing to fix')).not.toContain('⚠');
      app.unmount();
    },
    SPELLING_TEST_MS,
  );
});

// A spelling warning on a word the candidate typed in an answer names that answer, in the Ink
// review as in the line mode: the note repeats the role, so the fix belongs in the answer.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model/types.js';
import { sampleInterview } from '../helpers/sample-interview.js';
import { emptyWorld, worldDeps } from '../support/fake-world.js';
import { waitFor } from './helpers.js';
import { renderReview } from './render-review.js';

describe('a spelling warning in the review', () => {
  it('says which answer the word came from', async () => {
    const interview = { ...sampleInterview(), role: 'Senoir Backend Engineer' };
    const finding: Finding = {
      rule: 'spelling',
      severity: 'warning',
      message: 'Did you mean "Senior"?',
      line: 1,
      column: 30,
      excerpt: 'Senoir',
    };
    const deps = { ...worldDeps(emptyWorld()), checkSpelling: async () => [finding] };
    const app = renderReview({ deps, interview, columns: 100, rows: 40 });
    const frame = await waitFor(app, 'keeps it.');
    // The finding wraps under its first line, indented: read it as one line.
    expect(frame.replace(/\n\s+/g, ' ')).toContain(
      '⚠ line 1 · spelling: Did you mean "Senior"? It comes from your "Role" answer: change it in that answer, or every note written from it keeps it.',
    );
    app.unmount();
  });
});

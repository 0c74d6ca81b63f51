// The line review, over the session's deps as the line mode binds them (src/line/adapt.ts), with
// the real rules: one slip two rules see at one place prints once, both rules under it; and the
// subject hint leaves out a role the spell checker finds misspelled, as `check` does.
import { describe, expect, it } from 'vitest';
import { checkNote } from '../../../src/checklist/check-note.js';
import { roleSlipsFor } from '../../../src/checklist/role-slips.js';
import { reviewDeps } from '../../../src/line/adapt.js';
import { runReview } from '../../../src/line/review.js';
import type { Interview } from '../../../src/model/types.js';
import type { SessionDeps } from '../../../src/session/effects.js';
import { answersOf } from '../../../src/session/index.js';
import { sampleInterview } from '../../helpers/sample-interview.js';
import { emptyWorld, worldDeps } from '../../support/fake-world.js';
import { oneSlipNotes } from '../../support/one-place-notes.js';
import { spellCheckerForFile } from '../checklist/worker-build.js';
import { scripted } from './script.js';

async function printedFor(interview: Interview, roleSlips?: SessionDeps['roleSlips']): Promise<string> {
  const play = scripted([{ choose: 'What next?', answer: 'finish' }]);
  const world = worldDeps(emptyWorld({ interviews: [interview] }), {
    notes: oneSlipNotes,
    check: (note, context) => checkNote(note, context),
  });
  const deps = roleSlips === undefined ? world : { ...world, roleSlips };
  await runReview(interview, answersOf(interview), reviewDeps(deps, [interview], play.prompter));
  expect(play.left()).toBe(0);
  return play.printed.join('\n');
}

describe('the line review of two findings at one place', () => {
  it('prints the place once, then each rule with its message', async () => {
    const printed = await printedFor(sampleInterview());
    expect(printed).toContain(
      '  name-mismatch + wrong-person (line 3, column 6, “Sam”):\n    error name-mismatch: The greeting says "Sam"',
    );
    expect(printed).toMatch(/\n {4}error wrong-person: .*Sam Ortiz/);
    expect(printed).not.toContain('error name-mismatch (line 3');
  });
});

describe('the line review of a subject that names nothing, with a slip in the role', () => {
  const speller = spellCheckerForFile();
  it('gives an example subject without the misspelled role', async () => {
    const interview = sampleInterview({ role: 'Senoir Backend Engineer' });
    const printed = await printedFor(interview, async (context) => roleSlipsFor(speller(), context));
    expect(printed).toContain('(e.g. "Thank you: (your role) interview")');
    expect(printed).not.toContain('Thank you: Senoir');
  }, 60_000);
});

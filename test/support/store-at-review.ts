// The bench of the change-answer tests, Ink and line mode alike: the real session deps over a
// real store in a temp folder, holding the sample interview with Priya's thank-you edited by
// hand, Sam's already sent, and the unfinished session standing at the review.
import { PassThrough } from 'node:stream';
import { onTestFinished } from 'vitest';
import { createSessionDeps } from '../../src/commands/session-deps.js';
import type { Interview } from '../../src/model/types.js';
import type { SessionDeps } from '../../src/session/effects.js';
import { REVIEW, answersOf, draftOf, initialState } from '../../src/session/index.js';
import { openStore } from '../../src/store/index.js';
import { sampleInterview } from '../helpers/sample-interview.js';
import { captureStream } from '../helpers/streams.js';
import { tempDir } from '../helpers/temp-dir.js';
import { NOW } from './fake-world.js';

export const ID = 'acme-robotics-senior-backend-engineer';
export const EDITED = 'Dear Priya,\n\nMy own words about Kafka and on-call.\n\nBest regards,\nJordan Lee';
export const SAM_SENT = 'Dear Sam,\n\nThe thank-you that went out, for the Senior Backend Engineer role.\n\nJordan Lee';

export async function storeAtReview(): Promise<{ readonly deps: SessionDeps; readonly saved: () => Promise<Interview> }> {
  const env = { FOLLOWUP_COACH_HOME: tempDir() };
  const now = () => NOW;
  const store = openStore({ env, now });
  const interview = sampleInterview();
  await store.saveCandidate(interview.candidate);
  await store.saveInterview(interview, { replace: false });
  await store.saveEdit(ID, {
    kind: 'thank-you',
    to: 'Priya Raghunathan',
    subject: 'Thank you, Priya',
    body: EDITED,
    at: NOW.toISOString(),
  });
  await store.recordSent(ID, {
    kind: 'thank-you',
    to: 'Sam Ortiz',
    at: '2026-11-24T20:00:00.000Z',
    method: 'clipboard',
    subject: 'Thank you: Senior Backend Engineer interview',
    body: SAM_SENT,
  });
  await store.saveDraft(draftOf(initialState(answersOf(interview), REVIEW), ID));
  const handle = createSessionDeps({
    argv: [],
    stdin: new PassThrough(),
    stdout: captureStream(),
    stderr: captureStream(),
    env,
    interactive: true,
    now,
  });
  // The line mode waits for the date readers before its first prompt; so does this bench.
  await handle.ready();
  // The review loads the rules and the templates on first use: the test ends once they are in,
  // whatever its last screen waited for (vitest refuses a module that arrives after teardown).
  onTestFinished(() => handle.idle());
  return {
    // No spell-checker worker: this is about the notes' history, and the worker costs seconds.
    deps: { ...handle.deps, warmUp: () => undefined },
    saved: async () => (await openStore({ env, now }).interview(ID))!,
  };
}

// The guided session's deps over a test's store, as the review gets them (src/commands/session-deps.ts):
// no terminal, no public holidays, the test's clock. Each is disposed (its spell-checker worker
// stopped) when the test that made it finishes, so a test says only its home and its day.
import { PassThrough } from 'node:stream';
import { onTestFinished } from 'vitest';
import { createSessionDeps, type SessionDepsHandle } from '../../src/commands/session-deps.js';
import type { Interview } from '../../src/model/types.js';
import {
  type NotesPurpose,
  type ReviewState,
  sessionReviewEffects,
  settle,
  startReview,
} from '../../src/session/review/index.js';
import { captureStream } from './streams.js';

/** `now`: a function, or the instant as an ISO string. */
export function sessionDepsAt(home: string, now: (() => Date) | string): SessionDepsHandle {
  const clock = typeof now === 'string' ? () => new Date(now) : now;
  const handle = createSessionDeps({
    argv: [],
    stdin: new PassThrough(),
    stdout: captureStream(),
    stderr: captureStream(),
    env: { FOLLOWUP_COACH_HOME: home, FOLLOWUP_COACH_COUNTRY: 'none' },
    interactive: false,
    now: clock,
  });
  onTestFinished(async () => {
    await handle.idle();
    await handle.dispose();
  });
  return handle;
}

/** The session's review of `interview` (its first notes, or its due follow-ups), once its effects have settled. */
export async function settledReview(
  handle: SessionDepsHandle,
  interview: Interview,
  purpose: NotesPurpose,
): Promise<ReviewState> {
  const start = startReview({ manualConfirmed: true, editorName: 'nano' });
  return settle(start.state, start.effects, sessionReviewEffects(handle.deps, interview, purpose, []));
}

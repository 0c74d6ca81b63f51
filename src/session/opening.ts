// What the session opens on: the saved candidate, interviews, the follow-ups now due, and an
// unfinished draft. `npx followup-coach` reads it while Ink itself is still loading (the larger
// of the two by far), so the first frame already asks the first question, or offers to resume,
// instead of drawing a loading line and then the screen. Without it (tests, or a caller that
// renders at once) the Ink app reads it after its first frame; the line mode reads it first.
import type { DueFollowUp, LoadedStore, SessionDeps } from './effects.js';

export interface Opening {
  readonly loaded: LoadedStore;
  readonly due: readonly DueFollowUp[];
}

export async function openSession(deps: SessionDeps): Promise<Opening> {
  const loaded = await deps.load();
  const due = loaded.interviews.length > 0 ? await deps.dueFollowUps(loaded.interviews) : [];
  return { loaded, due };
}

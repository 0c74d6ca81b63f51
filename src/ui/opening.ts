// What the session opens on: the saved candidate, interviews, the follow-ups now due, and an
// unfinished draft. `npx followup-coach` reads it while Ink itself is still loading (the larger
// of the two by far), so the first frame already asks the first question, or offers to resume,
// instead of drawing a loading line and then the screen. Without it (tests, or a caller that
// renders at once) the app reads it after its first frame.
import {
  candidateAnswersOf,
  draftHasAnswers,
  initialState,
  readDraft,
  type SavedDraft,
  type SessionState,
} from '../session/index.js';
import type { Candidate, Interview } from '../model/types.js';
import type { DueFollowUp, LoadedStore, SessionDeps } from '../session/effects.js';

export interface Opening {
  readonly loaded: LoadedStore;
  readonly due: readonly DueFollowUp[];
}

export async function openSession(deps: SessionDeps): Promise<Opening> {
  const loaded = await deps.load();
  const due = loaded.interviews.length > 0 ? await deps.dueFollowUps(loaded.interviews) : [];
  return { loaded, due };
}

export interface OpeningScreen {
  readonly screen: 'resume' | 'home' | 'questions';
  readonly store: {
    readonly candidate: Candidate | null;
    readonly interviews: readonly Interview[];
    readonly due: readonly DueFollowUp[];
  };
  readonly notices: readonly string[];
  /** Answers so far: the saved candidate's, prefilled. */
  readonly state: SessionState;
  /** The unfinished session to offer, when it has answers. */
  readonly draft: SavedDraft | null;
}

export function openingScreen({ loaded, due }: Opening): OpeningScreen {
  const unfinished = readDraft(loaded.draft);
  const draft = unfinished && draftHasAnswers(unfinished, loaded.candidate) ? unfinished : null;
  return {
    screen: draft ? 'resume' : loaded.interviews.length > 0 ? 'home' : 'questions',
    store: { candidate: loaded.candidate, interviews: loaded.interviews, due },
    notices: loaded.notices,
    state: initialState({ ...initialState().answers, candidate: candidateAnswersOf(loaded.candidate) }),
    draft,
  };
}

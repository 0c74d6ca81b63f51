// The session core inside React: the guide's state for rendering, a dispatch that steps it, and
// the runner that carries out the effects it asks for. A command runs inside dispatch, before
// React draws the next state: the draft of an answer is on disk before the next question shows.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  createGuide,
  createGuideRunner,
  loadingState,
  openSession,
  type GuideCommand,
  type GuideEvent,
  type GuideRunner,
  type GuideState,
  type Opening,
} from '../session/index.js';
import type { SessionDeps } from '../session/effects.js';

/** Ink draws at most every 33 ms (30 fps): by then the first question is on screen. */
const FIRST_FRAME_MS = 50;

export interface Guide {
  readonly state: GuideState;
  readonly dispatch: (event: GuideEvent) => void;
  readonly runner: GuideRunner;
}

export function useGuide(deps: SessionDeps, opening: Opening | undefined): Guide {
  const step = useMemo(() => createGuide(deps.stepContext()), [deps]);
  // The first step is taken while mounting, so the first frame is already the screen that asks.
  const [first] = useState(() => (opening ? step(loadingState(), { type: 'opened', opening }) : null));
  const [state, setState] = useState(first?.state ?? loadingState());
  const current = useRef(state);
  const runner = useRef<GuideRunner | null>(null);
  const run = useCallback((commands: readonly GuideCommand[]) => {
    for (const command of commands) void runner.current?.run(command);
  }, []);
  const dispatch = useCallback(
    (event: GuideEvent) => {
      const next = step(current.current, event);
      current.current = next.state;
      setState(next.state);
      run(next.commands);
    },
    [step, run],
  );
  runner.current ??= createGuideRunner(deps, dispatch);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the opening runs once per mount; deps and the first step do not change after it.
  useEffect(() => {
    let warm: NodeJS.Timeout | undefined;
    void (async () => {
      if (first) run(first.commands);
      else dispatch({ type: 'opened', opening: await openSession(deps) });
      // The spell-checker worker and the other imports compete for the CPU (and take ~100 MB):
      // start them once the first screen that asks something has been drawn, not before.
      warm = setTimeout(() => deps.warmUp(), FIRST_FRAME_MS);
    })();
    return () => clearTimeout(warm);
  }, []);

  return { state, dispatch, runner: runner.current };
}

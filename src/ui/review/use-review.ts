// The review core (src/session/review/) in a React component: the state, a dispatch that runs
// the effects each action sets off, and the editor held until the terminal is released.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Interview } from '../../model/types.js';
import type { SessionDeps } from '../../session/effects.js';
import {
  type NoteRef,
  type NotesPurpose,
  type ReviewAction,
  type ReviewEffect,
  type ReviewState,
  reduceReview,
  runEffect,
  sessionReviewEffects,
  startReview,
} from '../../session/review/index.js';

export interface UseReviewOptions {
  readonly manualConfirmed: boolean;
  /** Called once the manual checks are confirmed here, so the session asks them no more. */
  readonly onManualConfirmed: (() => void) | undefined;
  /** Whether this screen has the terminal (false while the root has released it for the editor). */
  readonly isActive: boolean;
  readonly onSuspend: (suspended: boolean) => void;
  /** The note to open on, and what to say on the first screen (startReview). */
  readonly at?: NoteRef | null | undefined;
  readonly notice?: string | null | undefined;
}

export function useReview(
  deps: SessionDeps,
  interview: Interview,
  purpose: NotesPurpose,
  others: readonly Interview[],
  options: UseReviewOptions,
): { readonly state: ReviewState; readonly dispatch: (action: ReviewAction) => void } {
  const { manualConfirmed, onManualConfirmed, isActive, onSuspend, at, notice } = options;
  const start = () => startReview({ manualConfirmed, editorName: deps.editorName, at, notice });
  const [state, setState] = useState(() => start().state);
  const latest = useRef(state);
  // The editor is opened only once the root has made this screen inactive (raw mode off).
  const [editing, setEditing] = useState<Extract<ReviewEffect, { type: 'edit' }> | null>(null);
  const effects = useMemo(() => sessionReviewEffects(deps, interview, purpose, others), [deps, interview, purpose, others]);

  // One run per interview: what an earlier run set off is dropped, not applied to this one.
  const live = useRef<object | null>(null);
  const run = useMemo(() => {
    const token = {};
    const send = (action: ReviewAction): void => {
      if (live.current !== token) return;
      const step = reduceReview(latest.current, action);
      latest.current = step.state;
      setState(step.state);
      for (const effect of step.effects) {
        if (effect.type !== 'edit') void runEffect(effect, effects, send);
        else {
          onSuspend(true);
          setEditing(effect);
        }
      }
    };
    return { token, send };
  }, [effects, onSuspend]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new interview or purpose starts the review again; manualConfirmed, the editor's name, the note to open on and the notice are read then.
  useEffect(() => {
    live.current = run.token;
    const first = start();
    latest.current = first.state;
    setState(first.state);
    for (const effect of first.effects) void runEffect(effect, effects, run.send);
    return () => {
      live.current = null;
    };
  }, [run]);

  useEffect(() => {
    if (editing === null || isActive) return;
    const timer = setTimeout(() => {
      setEditing(null);
      void runEffect(editing, effects, (action) => {
        onSuspend(false);
        run.send(action);
      });
    }, 0);
    return () => clearTimeout(timer);
  }, [editing, isActive, effects, onSuspend, run]);

  useEffect(() => {
    if (state.manualConfirmed && !manualConfirmed) onManualConfirmed?.();
  }, [state.manualConfirmed, manualConfirmed, onManualConfirmed]);

  return { state, dispatch: run.send };
}

// Nothing lost: the draft is written after every answer (in order, one write at a time), and the
// candidate is kept for next time once the "About you" answers are complete and were changed
// here: opening an old interview must not put its older details back over the saved ones.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Candidate } from '../model/types.js';
import { candidateAnswersOf, candidateComplete, candidateOf, draftOf, fieldAt, type SessionState } from '../session/index.js';
import type { SessionDeps } from './deps.js';

export function useSessionSaving(
  deps: SessionDeps,
  state: SessionState,
  interviewId: string | null,
  active: boolean,
  savedCandidate: Candidate | null,
  /** Where the candidate answers started: the saved profile, or the saved interview opened. */
  baseline: Candidate | null = savedCandidate,
): SessionSaving {
  const queue = useRef<Promise<void>>(Promise.resolve());
  const [problem, setProblem] = useState<string | null>(null);
  // The session never claims a save it did not make: a failure shows at once, a later
  // success clears it.
  // A ref, so a save that changes nothing on screen does not render the session again.
  const shown = useRef<string | null>(null);
  const show = useCallback((why: string | null) => {
    if (shown.current === why) return;
    shown.current = why;
    setProblem(why);
  }, []);
  const report = useCallback((error: unknown) => show(reasonOf(error)), [show]);
  const saved = useCallback(() => show(null), [show]);
  const latest = useRef({ state, interviewId });
  latest.current = { state, interviewId };
  const candidateKey = useRef(savedCandidate ? JSON.stringify(savedCandidate) : '');

  useEffect(() => {
    if (!active) return;
    const draft = draftOf(state, interviewId);
    queue.current = queue.current.then(() => deps.saveDraft(draft)).then(saved, report);
  }, [deps, state.answers, state.position, state.returnTo, interviewId, active, saved, report]);

  const inAbout = fieldAt(state.position)?.section === 'about';
  useEffect(() => {
    if (!active || inAbout || !candidateComplete(state.answers.candidate)) return;
    const candidate = candidateOf(state.answers.candidate);
    const key = JSON.stringify(candidate);
    if (key === candidateKey.current || key === JSON.stringify(candidateOf(candidateAnswersOf(baseline)))) return;
    candidateKey.current = key;
    queue.current = queue.current.then(() => deps.saveCandidate(candidate)).catch(report);
  }, [deps, state.answers.candidate, inAbout, active, baseline, report]);

  return {
    problem,
    report,
    // Ctrl-C: the latest answers reach the disk before the process leaves.
    flush: async () => {
      const { state: now, interviewId: id } = latest.current;
      await queue.current;
      try {
        await deps.saveDraft(draftOf(now, id));
        return null;
      } catch (error) {
        return reasonOf(error);
      }
    },
  };
}

export interface SessionSaving {
  /** Why the last save failed ("the disk is full"), or null while saving works. */
  readonly problem: string | null;
  /** Shows a failed save made elsewhere (the interview at the review). */
  readonly report: (error: unknown) => void;
  /** Saves the latest answers; resolves to why that failed, or null when they are saved. */
  readonly flush: () => Promise<string | null>;
}

/** A failed write's short reason (the store's SaveError has one), else its message. */
function reasonOf(error: unknown): string {
  const reason = (error as { reason?: unknown } | null)?.reason;
  if (typeof reason === 'string') return reason;
  return error instanceof Error ? error.message : String(error);
}

// Nothing lost: the draft is written after every answer (in order, one write at a time), and the
// candidate is kept for next time once the "About you" answers are complete and were changed
// here: opening an old interview must not put its older details back over the saved ones.
import { useEffect, useRef } from 'react';
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
): { readonly flush: () => Promise<void> } {
  const queue = useRef<Promise<void>>(Promise.resolve());
  const latest = useRef({ state, interviewId });
  latest.current = { state, interviewId };
  const candidateKey = useRef(savedCandidate ? JSON.stringify(savedCandidate) : '');

  useEffect(() => {
    if (!active) return;
    const draft = draftOf(state, interviewId);
    queue.current = queue.current.then(() => deps.saveDraft(draft)).catch(() => undefined);
  }, [deps, state.answers, state.position, state.returnTo, interviewId, active]);

  const inAbout = fieldAt(state.position)?.section === 'about';
  useEffect(() => {
    if (!active || inAbout || !candidateComplete(state.answers.candidate)) return;
    const candidate = candidateOf(state.answers.candidate);
    const key = JSON.stringify(candidate);
    if (key === candidateKey.current || key === JSON.stringify(candidateOf(candidateAnswersOf(baseline)))) return;
    candidateKey.current = key;
    queue.current = queue.current.then(() => deps.saveCandidate(candidate)).catch(() => undefined);
  }, [deps, state.answers.candidate, inAbout, active, baseline]);

  return {
    // Ctrl-C: the latest answers reach the disk before the process leaves.
    flush: async () => {
      const { state: now, interviewId: id } = latest.current;
      await queue.current;
      await deps.saveDraft(draftOf(now, id));
    },
  };
}

// Nothing lost: the draft of every answer is on disk before the next question shows
// (saveBefore; the effect catches what that could not write), a failed save is shown at once,
// and the candidate is kept for next time once the "About you" answers are complete and were
// changed here: opening an old interview must not put its older details back over the saved ones.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Candidate } from '../model/types.js';
import { candidateAnswersOf, candidateComplete, candidateOf, draftOf, fieldAt, type SessionState } from '../session/index.js';
import { reasonOf } from '../session/save-reason.js';
import type { SessionDeps } from '../session/effects.js';

export function useSessionSaving(
  deps: SessionDeps,
  state: SessionState,
  interviewId: string | null,
  active: boolean,
  savedCandidate: Candidate | null,
  /** Where the candidate answers started: the saved profile, or the saved interview opened. */
  baseline: Candidate | null = savedCandidate,
): SessionSaving {
  // Two queues: the draft is a small file of its own, written at once; the candidate goes into
  // the store under its lock, which can take a while, and the draft must not wait behind it (a
  // kill in that time lost the answer just submitted).
  const queue = useRef<Promise<void>>(Promise.resolve());
  const candidateQueue = useRef<Promise<void>>(Promise.resolve());
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

  // What is on disk now, so the effect below does not write the same draft twice.
  const onDisk = useRef('');

  /** Before the screen moves on: the draft the next state makes, on disk (see deps.saveDraftNow). */
  const saveBefore = useCallback(
    (next: SessionState) => {
      const draft = draftOf(next, latest.current.interviewId);
      try {
        if (deps.saveDraftNow?.(draft) === true) {
          onDisk.current = JSON.stringify(draft);
          saved();
        }
      } catch (error) {
        report(error);
      }
    },
    [deps, saved, report],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: the draft is made of the answers, the position and returnTo alone; the rest of the state changing is no reason to write it again.
  useEffect(() => {
    if (!active) return;
    const draft = draftOf(state, interviewId);
    const key = JSON.stringify(draft);
    if (key === onDisk.current) return;
    queue.current = queue.current
      .then(() => deps.saveDraft(draft))
      .then(() => {
        onDisk.current = key;
        saved();
      }, report);
  }, [deps, state.answers, state.position, state.returnTo, interviewId, active, saved, report]);

  const inAbout = fieldAt(state.position)?.section === 'about';
  useEffect(() => {
    if (!active || inAbout || !candidateComplete(state.answers.candidate)) return;
    const candidate = candidateOf(state.answers.candidate);
    const key = JSON.stringify(candidate);
    if (key === candidateKey.current || key === JSON.stringify(candidateOf(candidateAnswersOf(baseline)))) return;
    candidateKey.current = key;
    candidateQueue.current = candidateQueue.current.then(() => deps.saveCandidate(candidate)).catch(report);
  }, [deps, state.answers.candidate, inAbout, active, baseline, report]);

  return {
    problem,
    report,
    saveBefore,
    // Ctrl-C: the latest answers reach the disk before the process leaves.
    flush: async () => {
      const { state: now, interviewId: id } = latest.current;
      await Promise.all([queue.current, candidateQueue.current]);
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
  /** Saves the draft of `next` at once, before it is shown. */
  readonly saveBefore: (next: SessionState) => void;
  /** Saves the latest answers; resolves to why that failed, or null when they are saved. */
  readonly flush: () => Promise<string | null>;
}

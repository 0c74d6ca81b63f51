// Ctrl-C, or a signal that ends the session from outside (`kill`, a closed terminal): while the
// user is answering, the latest answers are saved first, and the result says whether that
// worked. Returns the quit, for the screens that end the session themselves.
import { useEffect, useRef } from 'react';
import type { StopSignal } from '../cli/errors.js';
import { stopOutcome, type GuideRunner, type GuideState } from '../session/index.js';
import { useKeys } from './keys/use-keys.js';
import type { SessionResult } from './session-result.js';

export interface QuitOptions {
  readonly state: GuideState;
  readonly runner: GuideRunner;
  readonly exit: (result: SessionResult) => void;
  /** Subscribes to the signals that end a session; returns the unsubscribe. */
  readonly stopSignals?: ((stop: (signal: StopSignal) => void) => () => void) | undefined;
  /** Whether the keyboard is the app's (not while the editor owns the terminal). */
  readonly isActive: boolean;
}

export function useQuit({ state, runner, exit, stopSignals, isActive }: QuitOptions): (signal?: StopSignal) => void {
  const quit = (signal?: StopSignal) => {
    const by = signal === undefined ? {} : { signal };
    const outcome = stopOutcome(state);
    if (outcome.kind === 'nothing') return exit({ kind: 'cancelled', savedDraft: false, recorded: state.recorded, ...by });
    if (outcome.kind === 'saved') {
      const savedAs = outcome.interviewId;
      void runner.discard().then(() => exit({ kind: 'cancelled', savedDraft: false, savedAs, recorded: state.recorded, ...by }));
      return;
    }
    void runner
      .flush(outcome.draft)
      .then((why) =>
        exit(
          why === null
            ? { kind: 'cancelled', savedDraft: true, ...by }
            : { kind: 'cancelled', savedDraft: false, notSaved: why, ...by },
        ),
      );
  };
  // The subscription lives as long as the app; the quit it calls is the latest render's.
  const latestQuit = useRef(quit);
  latestQuit.current = quit;
  useEffect(() => stopSignals?.((signal) => latestQuit.current(signal)), [stopSignals]);
  // A Ctrl-C typed right after other keys can arrive in the same read ("Senior\u0003").
  useKeys(
    (input, key) => {
      if ((key.ctrl && input === 'c') || input.includes('\u0003')) quit();
    },
    { isActive },
  );
  return quit;
}

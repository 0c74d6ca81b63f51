// The keys for a screen or a question: Ink's useInput, `(input, key)` and all, except that it
// listens from the moment its frame is committed. Ink's hook subscribes in a passive effect,
// after the frame is drawn, and a key that arrives in between reaches nobody: the question is
// on screen but deaf, and a fast typist, a paste or a test loses that key. Here every step
// happens in layout effects, which run in the same synchronous commit as the frame, before any
// input event can (src/ui/text-input/use-raw-input.ts does the same for the text fields).
import { type Key, useStdin } from 'ink';
import { useLayoutEffect, useRef } from 'react';
import { parseKey } from './parse-key.js';

export type KeyHandler = (input: string, key: Key) => void;

export interface UseKeysOptions {
  /** Only the focused question listens (and holds raw mode); true when left out. */
  readonly isActive?: boolean;
}

export function useKeys(handler: KeyHandler, { isActive = true }: UseKeysOptions = {}): void {
  // Ink's stdin context carries the input events its own useInput reads.
  const { internal_eventEmitter: events, internal_exitOnCtrlC: exitOnCtrlC, setRawMode } = useStdin();
  const latest = useRef(handler);
  const listening = useRef(false);
  useLayoutEffect(() => {
    latest.current = handler;
  });
  // Raw mode is counted by Ink: while any key handler is active the terminal stays raw, so
  // moving from one question to the next (and the app's Ctrl-C handler, on all session long)
  // never toggles it.
  useLayoutEffect(() => {
    if (!isActive) return;
    setRawMode(true);
    listening.current = true;
    return () => {
      listening.current = false;
      setRawMode(false);
    };
  }, [isActive, setRawMode]);
  // Re-subscribed whenever the handler changes, as Ink's hook is, so the handlers keep the order
  // Ink would give them (the one rendered last hears a key last). An event is delivered to the
  // listeners there were when it arrived: one that let go since hears nothing, and one whose
  // handler changed since hears it once, through the latest handler.
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new handler moves the listener to the end, as in Ink; it is called through `latest`.
  useLayoutEffect(() => {
    if (!isActive || events === undefined) return;
    const listener = (data: string) => {
      if (!listening.current) return;
      const [input, key] = parseKey(data);
      // With exitOnCtrlC, Ink itself exits on Ctrl-C, and its hook hides the key.
      if (input === 'c' && key.ctrl && exitOnCtrlC) return;
      latest.current(input, key);
    };
    events.on('input', listener);
    return () => {
      events.off('input', listener);
    };
  }, [isActive, events, exitOnCtrlC, handler]);
}

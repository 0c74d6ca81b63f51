// The key events of the terminal, for the text inputs. Ink's own useInput subscribes in a passive
// effect, after the frame is drawn: keys that arrive in between reach neither the question just
// answered (it has let go) nor the next one (it has not taken over yet), so a fast typist, a
// paste or a test right after Enter lost them. This subscribes while React commits the frame (a
// layout effect), to the same events Ink's hook reads, so the next question has every key.
import { useStdin } from 'ink';
import { useLayoutEffect, useRef } from 'react';

export function useRawInput(handler: (data: string) => void, isActive: boolean): void {
  // Ink's stdin context carries the parsed key events; useInput reads the same emitter.
  const { internal_eventEmitter: events, setRawMode } = useStdin();
  const latest = useRef(handler);
  useLayoutEffect(() => {
    latest.current = handler;
  });
  useLayoutEffect(() => {
    if (!isActive || events === undefined) return;
    setRawMode(true);
    const listener = (data: string) => latest.current(data);
    events.on('input', listener);
    return () => {
      events.off('input', listener);
      setRawMode(false);
    };
  }, [isActive, events, setRawMode]);
}

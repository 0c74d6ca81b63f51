// The terminal's size, updated on resize so every screen re-lays itself out. This re-render is
// what redraws the session at the new size: Ink's own resize handler is not subscribed
// (src/ui/resize/ink-stdout.ts), as it would draw the old layout first.
import { useStdout } from 'ink';
import { useEffect, useState } from 'react';
import { screenOf } from './resize/ink-stdout.js';

export interface TerminalSize {
  readonly columns: number;
  readonly rows: number;
}

function sizeOf(stdout: NodeJS.WriteStream): TerminalSize {
  return { columns: stdout.columns || 80, rows: stdout.rows || 24 };
}

export function useTerminalSize(): TerminalSize {
  // The terminal's own stream: Ink's keeps 'resize' to itself and says the screen has no bottom
  // (src/ui/resize/ink-stdout.ts), and the layout needs the rows.
  const stdout = screenOf(useStdout().stdout);
  const [size, setSize] = useState(() => sizeOf(stdout));
  useEffect(() => {
    const update = () => setSize(sizeOf(stdout));
    stdout.on('resize', update);
    return () => {
      stdout.off('resize', update);
    };
  }, [stdout]);
  return size;
}

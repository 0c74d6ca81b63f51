// The root of the guided session: it draws the screen the session core (src/session/guide.ts)
// is on and sends it what the user did. It holds no flow of its own; what it does own is the
// terminal: the size, Ctrl-C (src/ui/use-quit.ts), handing the terminal to the editor, and exit().
import { Static, Text, useApp } from 'ink';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { StopSignal } from '../cli/errors.js';
import { emptyScrollback, nextScrollback } from '../session/index.js';
import type { SessionDeps } from '../session/effects.js';
import type { Opening } from '../session/opening.js';
import { MessageLine } from './components/message-line.js';
import { saving } from './messages.js';
import { SessionScreen } from './session-screen.js';
import { useGuide } from './use-guide.js';
import { rowsOf } from './text-width.js';
import type { SessionResult } from './session-result.js';
import { useQuit } from './use-quit.js';
import { useTerminalSize } from './use-terminal-size.js';

export type { SessionResult } from './session-result.js';

// A frame as tall as the terminal is one Ink clears with the whole screen and the scrollback
// (ESC[2J ESC[3J) on every redraw, taking the user's earlier commands and the session's story
// with it; one row shorter, it erases only its own lines.
const FREE_ROWS = 1;

export interface AppProps {
  readonly deps: SessionDeps;
  /** The store as read before mounting (src/session/opening.ts); read after the first frame when absent. */
  readonly opening?: Opening;
  /**
   * Subscribes to the signals that end a session from outside (`kill`, a closed terminal);
   * returns the unsubscribe. Each is handled as Ctrl-C is: the latest answers are saved first.
   */
  readonly stopSignals?: (stop: (signal: StopSignal) => void) => () => void;
}

export function App({ deps, opening, stopSignals }: AppProps) {
  const { exit } = useApp();
  const { columns, rows } = useTerminalSize();
  const context = useMemo(() => deps.stepContext(), [deps]);
  const { state, dispatch, runner } = useGuide(deps, opening);
  // While the editor owns the terminal, nothing here listens.
  const [suspended, setSuspended] = useState(false);
  // The scrollback only grows: what it printed before stays printed (src/session/scrollback.ts).
  const printed = useRef(emptyScrollback);
  const { scrollback, open } = nextScrollback(printed.current, state, deps.dateStyle);
  printed.current = scrollback;

  useEffect(() => {
    if (state.screen === 'done')
      exit({ kind: 'done', interviewId: state.interviewId, next: state.nextSteps } satisfies SessionResult);
  }, [state.screen, state.interviewId, state.nextSteps, exit]);

  const quit = useQuit({ state, runner, exit, stopSignals, isActive: !suspended });

  // The recaps and a failed save above the screen take the rows they wrap to, not one each.
  const problem = state.problem === null ? [] : [`⚠ ${saving.cannotSave(state.problem)}`];
  const above = [...open, ...problem].reduce((sum, line) => sum + rowsOf(line, columns), 0);
  return (
    <>
      <Static items={scrollback.written.map((line, at) => ({ line, at }))}>
        {({ line, at }) => (
          <Text key={at} dimColor wrap="wrap">
            {line}
          </Text>
        )}
      </Static>
      {open.map((line) => (
        <Text key={line} dimColor wrap="wrap">
          {line}
        </Text>
      ))}
      {state.problem === null ? null : <MessageLine tone="warning">{saving.cannotSave(state.problem)}</MessageLine>}
      <SessionScreen
        state={state}
        deps={deps}
        context={context}
        columns={columns}
        rows={rows - FREE_ROWS - above}
        isActive={!suspended}
        dispatch={dispatch}
        onSuspend={setSuspended}
        onQuit={quit}
      />
    </>
  );
}

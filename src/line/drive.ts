// The session core for the line mode: the guide's state, and a dispatch that steps it and waits
// for every effect it asks for (and the events those report) before the next prompt. What the
// core adds to its scrollback (notices, section recaps, news recorded) and a failed save are
// printed as they happen.
import {
  createGuide,
  createGuideRunner,
  loadingState,
  type GuideEvent,
  type GuideRunner,
  type GuideState,
} from '../session/index.js';
import type { SessionDeps } from '../session/effects.js';
import { messages } from './messages.js';
import type { Prompter } from './prompter.js';

export interface Drive {
  readonly state: () => GuideState;
  /** Steps the guide with `event`, runs what it asks for, and prints what is new. */
  readonly send: (event: GuideEvent) => Promise<GuideState>;
  readonly runner: GuideRunner;
}

export function drive(deps: SessionDeps, prompter: Prompter): Drive {
  const step = createGuide(deps.stepContext());
  let state = loadingState();
  let printedLog = 0;
  let shownProblem: string | null = null;
  let shownNotice: string | null = null;
  const pending: Promise<void>[] = [];
  const dispatch = (event: GuideEvent) => {
    const next = step(state, event);
    state = next.state;
    for (const command of next.commands) pending.push(runner.run(command));
  };
  const runner = createGuideRunner(deps, dispatch);
  return {
    state: () => state,
    runner,
    async send(event) {
      dispatch(event);
      while (pending.length > 0) await pending.shift();
      for (const line of state.log.slice(printedLog)) prompter.print(line);
      printedLog = state.log.length;
      // What a save at the review has to say, printed once before the review it leads to.
      if (state.notice !== null && state.notice !== shownNotice) prompter.print(state.notice);
      shownNotice = state.notice;
      // The first failure is shown at once; a later save that works clears it.
      if (state.problem !== null && state.problem !== shownProblem) prompter.print(messages.cannotSave(state.problem));
      shownProblem = state.problem;
      return state;
    },
  };
}

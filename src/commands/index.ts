// Every command, by the word that names it on the command line. Adding a command is one line
// here, a folder src/commands/<name>/ (run.ts, help.ts, messages.ts, prompts.ts when it asks
// anything) and a line in src/cli/help.ts: the dispatcher finds it by this name, and the build
// gives each one a bundle of its own (dist/commands/<name>.js) that bin/ starts directly.
import type { Command } from '../cli/context.js';

export interface CommandModule {
  readonly run: Command;
}

export type LoadCommand = () => Promise<CommandModule>;

export const COMMANDS = {
  regen: () => import('./regen/run.js'),
  list: () => import('./list/run.js'),
  check: () => import('./check/run.js'),
  import: () => import('./import/run.js'),
  export: () => import('./export/run.js'),
  delete: () => import('./delete/run.js'),
  calendar: () => import('./calendar/run.js'),
  status: () => import('./status/run.js'),
  sent: () => import('./sent/run.js'),
  prep: () => import('./prep/run.js'),
} as const satisfies Readonly<Record<string, LoadCommand>>;

/** The guided session: what runs without a command. */
export const SESSION: LoadCommand = () => import('./session.js');

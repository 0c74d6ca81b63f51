// Every command, by the word that names it on the command line. Adding a command is one line
// here (and its help in src/cli/help.ts): the dispatcher finds it by this name, and the build
// gives each one a bundle of its own (dist/commands/<name>.js) that bin/ starts directly.
import type { Command } from '../cli/context.js';

export interface CommandModule {
  readonly run: Command;
}

export type LoadCommand = () => Promise<CommandModule>;

export const COMMANDS = {
  regen: () => import('./regen/run.js'),
  list: () => import('./list.js'),
  check: () => import('./check.js'),
  import: () => import('./import.js'),
  export: () => import('./export.js'),
  calendar: () => import('./calendar.js'),
  status: () => import('./status.js'),
  sent: () => import('./sent.js'),
  prep: () => import('./prep.js'),
} as const satisfies Readonly<Record<string, LoadCommand>>;

/** The guided session: what runs without a command. */
export const SESSION: LoadCommand = () => import('./session.js');

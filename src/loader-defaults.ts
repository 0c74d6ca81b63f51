// Plain import()s for src/loaders.ts. The CommonJS build swaps this file for
// scripts/stubs/loader-defaults.ts, so that no bundle holds another's code.
import type { CommandName, Loaders } from './loaders.js';

const COMMANDS: Record<CommandName, () => ReturnType<Loaders['command']>> = {
  regen: () => import('./commands/regen.js'),
  list: () => import('./commands/list.js'),
  check: () => import('./commands/check.js'),
  import: () => import('./commands/import.js'),
  export: () => import('./commands/export.js'),
  calendar: () => import('./commands/calendar.js'),
  status: () => import('./commands/status.js'),
  sent: () => import('./commands/sent.js'),
  prep: () => import('./commands/prep.js'),
};

export const defaultLoaders: Loaders = {
  command: (name) => COMMANDS[name](),
  session: () => import('./commands/session.js'),
  clipboardy: () => import('clipboardy'),
};

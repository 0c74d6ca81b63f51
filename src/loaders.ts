// How code run on demand is reached: the chosen command, the guided session and clipboardy.
// Run from source (the tests) and inside the session's own bundle these are plain import()s
// (loader-defaults.ts). The built CLI is one CommonJS bundle per command plus a small dispatcher,
// each compiled with V8's code cache by bin/followup-coach.js, and code compiled that way has no
// import() on Node 20 without an experimental flag: so bin/ hands in its loaders (a command's
// bundle, and import() for the ES modules: the session, since Ink needs top-level await, and
// clipboardy). They are kept on a global symbol, because every bundle has its own copy of this
// module and all of them must find what bin/ handed in.
import type { Command } from './cli/context.js';
import { defaultLoaders } from './loader-defaults.js';

export const COMMAND_NAMES = ['regen', 'list', 'check', 'import', 'export', 'calendar', 'status', 'sent', 'prep'] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

export interface Loaders {
  readonly command: (name: CommandName) => Promise<{ readonly run: Command }>;
  readonly session: () => Promise<{ readonly run: Command }>;
  readonly clipboardy: () => Promise<typeof import('clipboardy')>;
}

const HANDED_IN = Symbol.for('followup-coach.loaders');

/** Called once by bin/ before anything runs. */
export function provideLoaders(loaders: Loaders): void {
  (globalThis as { [HANDED_IN]?: Loaders })[HANDED_IN] = loaders;
}

function loaders(): Loaders {
  return (globalThis as { [HANDED_IN]?: Loaders })[HANDED_IN] ?? defaultLoaders;
}

export const loadCommand = (name: CommandName): ReturnType<Loaders['command']> => loaders().command(name);
export const loadSession = (): ReturnType<Loaders['session']> => loaders().session();
export const importClipboardy = (): ReturnType<Loaders['clipboardy']> => loaders().clipboardy();

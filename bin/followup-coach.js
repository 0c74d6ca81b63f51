#!/usr/bin/env node
'use strict';
// Starts followup-coach. dist/<command>.cjs holds one command with the dispatcher, dist/cli.cjs
// the dispatcher alone (help, version, the guided session); each is compiled with V8's code
// cache (./code-cache.js), and a command loads only its own file. The guided session and
// clipboardy are ES modules, which those bundles cannot import themselves (src/loaders.ts), so
// their import() is handed in from here.
const path = require('node:path');
const { cacheFolder, requireWithCodeCache } = require('./code-cache.js');

/** The commands with a bundle of their own; the same as COMMAND_NAMES in src/loaders.ts. */
const COMMANDS = ['regen', 'list', 'check', 'import', 'export'];

const dist = path.join(__dirname, '..', 'dist');
const folder = cacheFolder();
const loaded = [];

function load(name) {
  const bundle = requireWithCodeCache(path.join(dist, `${name}.cjs`), folder);
  loaded.push(bundle);
  return bundle.exports;
}

const first = COMMANDS.includes(process.argv[2]) ? process.argv[2] : 'cli';
let entry;
try {
  entry = load(first);
} catch (error) {
  const missing = error?.code === 'ENOENT' || (error?.code === 'MODULE_NOT_FOUND' && String(error.message).includes(dist));
  if (!missing) throw error;
  process.stderr.write('followup-coach is not built yet. Run `npm install` (or `npm run build`) in the project folder, then try again.\n');
  process.exit(1);
}
entry.runFromProcess({
  loaders: {
    command: async (name) => (name === first ? entry : load(name)),
    session: () => import('../dist/session.js'),
    clipboardy: () => import('clipboardy'),
  },
  beforeExit: () => {
    for (const bundle of loaded) bundle.save();
  },
});

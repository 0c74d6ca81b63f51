#!/usr/bin/env node
'use strict';
// Starts followup-coach. dist/cli.cjs (the dispatcher) and dist/<command>.cjs (one bundle per
// command) are compiled with V8's code cache (./code-cache.js). The guided session and clipboardy
// are ES modules, which those bundles cannot import themselves (src/loaders.ts), so their
// import() is handed in from here, with the loader of each command's bundle.
const path = require('node:path');
const { cacheFolder, requireWithCodeCache } = require('./code-cache.js');

const dist = path.join(__dirname, '..', 'dist');
const folder = cacheFolder();
const loaded = [];

function load(name) {
  const bundle = requireWithCodeCache(path.join(dist, `${name}.cjs`), folder);
  loaded.push(bundle);
  return bundle.exports;
}

let cli;
try {
  cli = load('cli');
} catch (error) {
  const missing = error?.code === 'ENOENT' || (error?.code === 'MODULE_NOT_FOUND' && String(error.message).includes(dist));
  if (!missing) throw error;
  process.stderr.write('followup-coach is not built yet. Run `npm install` (or `npm run build`) in the project folder, then try again.\n');
  process.exit(1);
}
cli.runFromProcess({
  loaders: {
    command: async (name) => load(name),
    session: () => import('../dist/session.js'),
    clipboardy: () => import('clipboardy'),
  },
  beforeExit: () => {
    for (const bundle of loaded) bundle.save();
  },
});

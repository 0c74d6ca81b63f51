#!/usr/bin/env node
'use strict';
// Starts followup-coach. dist/<command>.cjs holds one command with the dispatcher, dist/cli.cjs
// the dispatcher alone (help, version, the guided session); each is compiled with V8's code
// cache (below), and a command loads only its own file. The guided session and clipboardy are
// ES modules, which those bundles cannot import themselves (src/loaders.ts), so their import()
// is handed in from here. One file on purpose: requiring a second one costs every start 1 ms.
// Required rather than run (the tests), it exports the code cache's functions.
//
// The code cache: a command run again does not parse and compile the same megabyte of
// JavaScript again, which for `regen` is most of its start-up.
// Node 22.1+ does this itself (module.enableCompileCache); on Node 20 the only way is to compile
// the file through vm.Script with the cached data a previous run produced.
//
// The cache is only ever a cache: a file that is missing, unreadable, stale or rejected by V8 is
// compiled from source as usual and replaced at the end of the run, and failing to write it
// changes nothing else. Each entry is named after the bundle's size, modification time and inode
// (a new build is a new file) and the Node version and CPU architecture: V8 checks its own flags
// and version, but accepts cached data made for any other source of the same length. Entries
// are written whole (a temporary file, then rename), so no run reads half of one.
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');
const vm = require('node:vm');

/**
 * Where the code cache lives: FOLLOWUP_COACH_CACHE, else the platform's cache folder for
 * followup-coach (~/.cache/followup-coach on Linux), never beside the saved interviews: it is
 * not data. Null when caching is switched off (FOLLOWUP_COACH_NO_CODE_CACHE=1, or Node's own
 * NODE_DISABLE_COMPILE_CACHE=1).
 */
function cacheFolder(env = process.env, platform = process.platform, homedir = () => require('node:os').homedir()) {
  if (isSet(env.FOLLOWUP_COACH_NO_CODE_CACHE) || isSet(env.NODE_DISABLE_COMPILE_CACHE)) return null;
  if (env.FOLLOWUP_COACH_CACHE) return path.resolve(env.FOLLOWUP_COACH_CACHE);
  if (platform === 'darwin') return path.join(homedir(), 'Library', 'Caches', 'followup-coach');
  if (platform === 'win32') return path.join(env.LOCALAPPDATA || path.join(homedir(), 'AppData', 'Local'), 'followup-coach', 'Cache');
  return path.join(env.XDG_CACHE_HOME || path.join(homedir(), '.cache'), 'followup-coach');
}

function isSet(value) {
  return value !== undefined && value !== '' && value !== '0' && value !== 'false';
}

/**
 * Requires `file`, with its compiled code read from and saved to `folder` (no caching when null).
 * Returns its exports, and `save`, to call when the program's work is done: V8's cache then
 * holds every function that ran, not only the top level. Saving twice, or with nothing new to
 * save, does nothing.
 */
function requireWithCodeCache(file, folder) {
  if (folder === null) return { exports: require(file), fromCache: false, save() {} };
  if (typeof Module.enableCompileCache === 'function') {
    Module.enableCompileCache(folder);
    return { exports: require(file), fromCache: false, save: () => Module.flushCompileCache?.() };
  }
  return requireThroughVm(file, folder);
}

/** Node 20's way: compile `file` as Node would (Module.wrap), with V8's cached data. */
function requireThroughVm(file, folder) {
  const descriptor = fs.openSync(file, 'r');
  let source;
  let stats;
  try {
    stats = fs.fstatSync(descriptor);
    source = fs.readFileSync(descriptor, 'utf8');
  } finally {
    fs.closeSync(descriptor);
  }
  const prefix = `${path.basename(file)}-${process.version}-${process.arch}-`;
  const entry = path.join(folder, `${prefix}${stats.size}-${Math.trunc(stats.mtimeMs)}-${stats.ino}.v8`);
  const cachedData = readIfPresent(entry);
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  const fromCache = cachedData !== undefined && script.cachedDataRejected === false;
  let unsaved = !fromCache;
  const flags = unsaved ? flagsProbe() : null;
  const module = { exports: {}, id: file, filename: file, loaded: false, children: [], paths: [] };
  script.runInThisContext().call(module.exports, module.exports, Module.createRequire(file), module, file, path.dirname(file));
  module.loaded = true;
  return {
    exports: module.exports,
    fromCache,
    save() {
      if (!unsaved) return;
      unsaved = false;
      if (flagsChanged(flags)) return;
      saveEntry(folder, entry, prefix, script);
    },
  };
}

/**
 * V8 takes cached data only under the flags it was made with, and a command may change them
 * after its bundle loaded (the spelling worker sets --liftoff-only for its WebAssembly). Saved
 * then, an entry would be refused by the next run and written again by every run. So a run that
 * will save keeps a tiny entry made under the flags of the load, and before saving asks V8
 * whether it would still take it, for a script it has not compiled yet (one it has compiled
 * comes from memory, unchecked).
 */
function flagsProbe() {
  const tag = `${process.pid}-${Date.now()}`;
  return { tag, data: new vm.Script(`'a${tag}'`).createCachedData() };
}

function flagsChanged(probe) {
  return new vm.Script(`'b${probe.tag}'`, { cachedData: probe.data }).cachedDataRejected === true;
}

/**
 * The entry's bytes, unless it is missing or could have been written by someone else: cached
 * data is compiled code that V8 runs, so on POSIX only a file of this user that nobody else may
 * write is taken (FOLLOWUP_COACH_CACHE may point at a shared folder).
 */
function readIfPresent(file) {
  let descriptor;
  try {
    descriptor = fs.openSync(file, 'r');
    const stats = fs.fstatSync(descriptor);
    const ours = typeof process.getuid !== 'function' || (stats.uid === process.getuid() && (stats.mode & 0o022) === 0);
    return ours ? fs.readFileSync(descriptor) : undefined;
  } catch {
    return undefined;
  } finally {
    if (descriptor !== undefined) fs.closeSync(descriptor);
  }
}

function saveEntry(folder, entry, prefix, script) {
  const temp = `${entry}.tmp-${process.pid}`;
  try {
    fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
    fs.writeFileSync(temp, script.createCachedData(), { mode: 0o600 });
    // Atomic: another process reads the old entry or the new one, never half of one.
    fs.renameSync(temp, entry);
    // Entries of earlier builds of the same file under this Node are dead: remove them.
    for (const name of fs.readdirSync(folder)) {
      if (name.startsWith(prefix) && path.join(folder, name) !== entry && !name.includes('.tmp-')) fs.rmSync(path.join(folder, name), { force: true });
    }
  } catch {
    try {
      fs.rmSync(temp, { force: true });
    } catch {
      // Nothing was written, or it cannot be removed either: a cache is only a cache.
    }
  }
}

/** The commands with a bundle of their own; the same as COMMAND_NAMES in src/loaders.ts. */
const COMMANDS = ['regen', 'list', 'check', 'import', 'export', 'calendar', 'status', 'sent', 'prep'];

function start() {
  const dist = path.join(__dirname, '..', 'dist');
  const folder = cacheFolder();
  const loaded = [];
  const load = (name) => {
    const bundle = requireWithCodeCache(path.join(dist, `${name}.cjs`), folder);
    loaded.push(bundle);
    return bundle.exports;
  };

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
}

if (require.main === module) start();
else module.exports = { cacheFolder, requireWithCodeCache, requireThroughVm };

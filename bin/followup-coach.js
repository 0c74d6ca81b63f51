#!/usr/bin/env node
// Starts followup-coach. A quick command (`followup-coach regen ...`) has a bundle of its own,
// dist/commands/<name>.js, holding the command and the dispatcher, so it loads one file; anything
// else (help, version, the guided session) starts dist/cli.js. The build writes one bundle per
// command of src/commands/index.ts, so this file keeps no list of them.
//
// Node 22.1+ keeps the compiled code of those files between runs (module.enableCompileCache),
// which is most of a quick command's start-up. The cache is compiled code that Node runs, so it
// is used only from a folder of this user that nobody else may write to; Node writes its files
// itself, and this file writes none there.
import module from 'node:module';

// Node's modules by require(): an ES module import of one reads all of its exports, getters
// included, and for node:fs that loads the whole stream stack on every start.
const require = module.createRequire(import.meta.url);
const { existsSync, mkdirSync, realpathSync, statSync } = require('node:fs');
const { homedir } = require('node:os');
const { dirname, join, resolve } = require('node:path');
const { fileURLToPath, pathToFileURL } = require('node:url');

const NOT_BUILT =
  'followup-coach is not built yet. Run `npm install` (or `npm run build`) in the project folder, then try again.\n';
const cacheRefused = (folder, why) =>
  `followup-coach: not using the code cache in ${folder}: ${why}. Start-up is slower until it is a folder only you can write to (chmod go-w, or set FOLLOWUP_COACH_CACHE).\n`;

/**
 * Where the code cache lives: FOLLOWUP_COACH_CACHE, else the platform's cache folder for
 * followup-coach (~/.cache/followup-coach on Linux), never beside the saved interviews: it is
 * not data. Null when caching is switched off (FOLLOWUP_COACH_NO_CODE_CACHE=1, or Node's own
 * NODE_DISABLE_COMPILE_CACHE=1).
 */
export function cacheFolder(env = process.env, platform = process.platform, home = homedir) {
  if (isSet(env.FOLLOWUP_COACH_NO_CODE_CACHE) || isSet(env.NODE_DISABLE_COMPILE_CACHE)) return null;
  if (env.FOLLOWUP_COACH_CACHE) return resolve(env.FOLLOWUP_COACH_CACHE);
  if (platform === 'darwin') return join(home(), 'Library', 'Caches', 'followup-coach');
  if (platform === 'win32') return join(env.LOCALAPPDATA || join(home(), 'AppData', 'Local'), 'followup-coach', 'Cache');
  return join(env.XDG_CACHE_HOME || join(home(), '.cache'), 'followup-coach');
}

function isSet(value) {
  return value !== undefined && value !== '' && value !== '0' && value !== 'false';
}

/**
 * Why `folder` must not hold the code cache, or null when it may: it is made (0700) when
 * missing, and then must be a folder of this user that group and others cannot write to. A
 * folder that cannot be made is no problem to report: the run simply has no cache.
 */
export function cacheFolderProblem(folder, uid = process.getuid?.()) {
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
  } catch (error) {
    if (error?.code !== 'EEXIST') return undefined;
  }
  let stats;
  try {
    stats = statSync(folder);
  } catch {
    return undefined;
  }
  if (!stats.isDirectory()) return 'it is not a folder';
  // Windows has neither owners nor modes of this kind.
  if (uid === undefined) return null;
  if (stats.uid !== uid) return `it belongs to another user (uid ${stats.uid})`;
  if ((stats.mode & 0o022) !== 0)
    return `other users can write to it (mode ${(stats.mode & 0o777).toString(8).padStart(4, '0')})`;
  return null;
}

/** Turns Node's compile cache on where it exists and the folder is safe; says once why not. */
function enableCodeCache() {
  if (typeof module.enableCompileCache !== 'function') return;
  const folder = cacheFolder();
  if (folder === null) return;
  const problem = cacheFolderProblem(folder);
  if (problem === null) module.enableCompileCache(folder);
  else if (problem !== undefined) process.stderr.write(cacheRefused(folder, problem));
}

async function start() {
  enableCodeCache();
  const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
  const word = process.argv[2] ?? '';
  const own = /^[a-z][a-z-]*$/.test(word) ? join(dist, 'commands', `${word}.js`) : null;
  const file = own !== null && existsSync(own) ? own : join(dist, 'cli.js');
  if (!existsSync(file)) {
    process.stderr.write(NOT_BUILT);
    process.exit(1);
  }
  const { start: run } = await import(pathToFileURL(file).href);
  await run();
}

// Imported by the tests for the functions above; run by npm's bin link (a symlink) or by node.
if (process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) await start();

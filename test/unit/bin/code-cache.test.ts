// The code cache in bin/followup-coach.js: where it lives, and Node 20's way of using it (vm.Script with
// V8's cached data), run on whatever Node runs the tests. Each load is its own Node process, as
// each run of the CLI is: within one process V8 keeps compiled scripts anyway and would take the
// source from its own memory, whatever the cache file holds.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const MODULE = join(import.meta.dirname, '../../../bin/followup-coach.js');
const { cacheFolder } = createRequire(import.meta.url)(MODULE) as {
  cacheFolder(env: NodeJS.ProcessEnv, platform?: NodeJS.Platform, homedir?: () => string): string | null;
};

interface Loaded {
  readonly fromCache: boolean;
  /** What the file's `exports.answer()` returned. */
  readonly answer: unknown;
  /** What save() threw, if anything. */
  readonly saveError: string | null;
}

/**
 * Loads `file` through requireThroughVm in a new Node process, calls its answer(), then save();
 * `between` runs in that process before save().
 */
function load(file: string, folder: string, between = ''): Loaded {
  const script = `
    const { requireThroughVm } = require(${JSON.stringify(MODULE)});
    const loaded = requireThroughVm(${JSON.stringify(file)}, ${JSON.stringify(folder)});
    ${between}
    let saveError = null;
    try { loaded.save(); loaded.save(); } catch (error) { saveError = String(error); }
    process.stdout.write(JSON.stringify({ fromCache: loaded.fromCache, answer: loaded.exports.answer(), saveError }));
  `;
  const child = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(child.stderr);
  return JSON.parse(child.stdout) as Loaded;
}

const made: string[] = [];
afterEach(() => {
  for (const folder of made.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function temp(): string {
  const folder = mkdtempSync(join(tmpdir(), 'fc-code-cache-test-'));
  made.push(folder);
  return folder;
}

describe('cacheFolder', () => {
  const home = () => '/home/ada';

  it('is the platform cache folder for followup-coach, never the data folder', () => {
    expect(cacheFolder({ FOLLOWUP_COACH_HOME: '/data' }, 'linux', home)).toBe('/home/ada/.cache/followup-coach');
    expect(cacheFolder({ XDG_CACHE_HOME: '/xdg' }, 'linux', home)).toBe('/xdg/followup-coach');
    expect(cacheFolder({}, 'darwin', home)).toBe('/home/ada/Library/Caches/followup-coach');
    expect(cacheFolder({ LOCALAPPDATA: 'C:\\Users\\ada\\AppData\\Local' }, 'win32', home)).toMatch(/followup-coach[\\/]Cache$/);
  });

  it('is FOLLOWUP_COACH_CACHE when set, and null when caching is switched off', () => {
    expect(cacheFolder({ FOLLOWUP_COACH_CACHE: '/tmp/cc' }, 'linux', home)).toBe('/tmp/cc');
    expect(cacheFolder({ FOLLOWUP_COACH_CACHE: '/tmp/cc', FOLLOWUP_COACH_NO_CODE_CACHE: '1' }, 'linux', home)).toBeNull();
    expect(cacheFolder({ NODE_DISABLE_COMPILE_CACHE: '1' }, 'linux', home)).toBeNull();
    expect(cacheFolder({ NODE_DISABLE_COMPILE_CACHE: '0' }, 'linux', home)).toBe('/home/ada/.cache/followup-coach');
  });
});

describe('requireThroughVm', () => {
  function bundle(body: string): string {
    const file = join(temp(), 'tool.cjs');
    writeFileSync(file, body);
    return file;
  }
  const entriesOf = (folder: string) => readdirSync(folder);

  it('runs the file as CommonJS, saves its compiled code once, and uses it the next time', () => {
    const file = bundle("const { basename } = require('node:path');\nexports.answer = () => [basename(__filename), typeof module.exports];\n");
    const folder = join(temp(), 'cache');

    expect(load(file, folder)).toEqual({ fromCache: false, answer: ['tool.cjs', 'object'], saveError: null });
    const [entry, ...others] = entriesOf(folder);
    expect(others).toEqual([]);
    expect(entry).toMatch(new RegExp(`^tool\\.cjs-${process.version.replaceAll('.', '\\.')}-${process.arch}-\\d+-\\d+-\\d+\\.v8$`));
    expect(statSync(join(folder, entry!)).mode & 0o777).toBe(0o600);
    const written = statSync(join(folder, entry!)).mtimeMs;

    expect(load(file, folder)).toEqual({ fromCache: true, answer: ['tool.cjs', 'object'], saveError: null });
    // Nothing new to save: the entry is left as it was.
    expect(statSync(join(folder, entry!)).mtimeMs).toBe(written);
  });

  it('compiles a rebuilt file afresh and drops the entry of the old build', () => {
    const file = bundle('exports.answer = () => 1;\n');
    const folder = join(temp(), 'cache');
    load(file, folder);
    const old = entriesOf(folder);

    // The same length, as a rebuild can be: V8 alone would take the old code for it.
    writeFileSync(file, 'exports.answer = () => 2;\n');
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(load(file, folder)).toEqual({ fromCache: false, answer: 2, saveError: null });
    expect(entriesOf(folder)).toHaveLength(1);
    expect(entriesOf(folder)).not.toEqual(old);
    expect(load(file, folder)).toMatchObject({ fromCache: true, answer: 2 });
  });

  it('ignores a damaged entry, runs the file from source and replaces the entry', () => {
    const file = bundle('exports.answer = () => "ok";\n');
    const folder = join(temp(), 'cache');
    load(file, folder);
    const [entry] = entriesOf(folder);
    writeFileSync(join(folder, entry!), 'not a code cache');

    expect(load(file, folder)).toEqual({ fromCache: false, answer: 'ok', saveError: null });
    expect(load(file, folder)).toMatchObject({ fromCache: true, answer: 'ok' });
  });

  it('saves nothing when V8 flags changed after the load, since the next run could not use it', () => {
    const file = bundle('exports.answer = () => "ok";\n');
    const folder = join(temp(), 'cache');
    // What the spelling worker does for its WebAssembly.
    const liftoff = "require('node:v8').setFlagsFromString('--liftoff-only');";
    expect(load(file, folder, liftoff)).toEqual({ fromCache: false, answer: 'ok', saveError: null });
    expect(existsSync(folder)).toBe(false);
    // A run that keeps the flags saves, and the next run uses it.
    load(file, folder);
    expect(load(file, folder, liftoff)).toMatchObject({ fromCache: true });
  });

  it.runIf(typeof process.getuid === 'function')('ignores an entry that others could have written, and replaces it', () => {
    const file = bundle('exports.answer = () => "ok";\n');
    const folder = join(temp(), 'cache');
    load(file, folder);
    const [entry] = entriesOf(folder);
    chmodSync(join(folder, entry!), 0o666);
    expect(load(file, folder)).toEqual({ fromCache: false, answer: 'ok', saveError: null });
    expect(statSync(join(folder, entry!)).mode & 0o777).toBe(0o600);
    expect(load(file, folder)).toMatchObject({ fromCache: true });
  });

  it('goes on without a cache when the folder cannot be written', () => {
    const file = bundle('exports.answer = () => "ok";\n');
    const blocked = join(temp(), 'in-the-way');
    writeFileSync(blocked, 'a file where the folder would be');
    expect(load(file, join(blocked, 'cache'))).toEqual({ fromCache: false, answer: 'ok', saveError: null });
  });
});

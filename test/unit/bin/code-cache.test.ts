// Where bin/followup-coach.js keeps Node's compile cache, and when it refuses a folder: the cache
// is compiled code that Node runs, so only a folder of this user that nobody else can write to.
import { chmodSync, mkdtempSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error bin/ is plain JavaScript without types.
import { cacheFolder, cacheFolderProblem } from '../../../bin/followup-coach.js';

const problemOf = cacheFolderProblem as (folder: string, uid?: number) => string | null | undefined;
const folderOf = cacheFolder as (env: NodeJS.ProcessEnv, platform?: NodeJS.Platform, home?: () => string) => string | null;
const UID = process.getuid?.();

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
    expect(folderOf({ FOLLOWUP_COACH_HOME: '/data' }, 'linux', home)).toBe('/home/ada/.cache/followup-coach');
    expect(folderOf({ XDG_CACHE_HOME: '/xdg' }, 'linux', home)).toBe('/xdg/followup-coach');
    expect(folderOf({}, 'darwin', home)).toBe('/home/ada/Library/Caches/followup-coach');
    expect(folderOf({ LOCALAPPDATA: 'C:\\Users\\ada\\AppData\\Local' }, 'win32', home)).toMatch(/followup-coach[\\/]Cache$/);
  });

  it('is FOLLOWUP_COACH_CACHE when set, and null when caching is switched off', () => {
    expect(folderOf({ FOLLOWUP_COACH_CACHE: '/tmp/cc' }, 'linux', home)).toBe('/tmp/cc');
    expect(folderOf({ FOLLOWUP_COACH_CACHE: '/tmp/cc', FOLLOWUP_COACH_NO_CODE_CACHE: '1' }, 'linux', home)).toBeNull();
    expect(folderOf({ NODE_DISABLE_COMPILE_CACHE: '1' }, 'linux', home)).toBeNull();
    expect(folderOf({ FOLLOWUP_COACH_NO_CODE_CACHE: '0' }, 'linux', home)).toBe('/home/ada/.cache/followup-coach');
  });
});

describe.skipIf(UID === undefined)('cacheFolderProblem', () => {
  it('makes a missing folder for this user alone, and takes it', () => {
    const folder = join(temp(), 'a', 'cache');
    expect(problemOf(folder)).toBeNull();
    expect(statSync(folder).mode & 0o777).toBe(0o700);
  });

  it('takes a folder of this user that others can read but not write', () => {
    const folder = temp();
    chmodSync(folder, 0o755);
    expect(problemOf(folder)).toBeNull();
  });

  it.each([
    [0o777, 'other users can write to it (mode 0777)'],
    [0o770, 'other users can write to it (mode 0770)'],
    [0o702, 'other users can write to it (mode 0702)'],
  ])('refuses a folder of mode %o', (mode, problem) => {
    const folder = temp();
    chmodSync(folder, mode);
    expect(problemOf(folder)).toBe(problem);
  });

  it("refuses another user's folder", () => {
    const folder = temp();
    expect(problemOf(folder, UID! + 1)).toBe(`it belongs to another user (uid ${UID})`);
  });

  it('judges the folder a symlink points to', () => {
    const open = temp();
    chmodSync(open, 0o777);
    const link = join(temp(), 'cache');
    symlinkSync(open, link);
    expect(problemOf(link)).toBe('other users can write to it (mode 0777)');
  });

  it('refuses a file, and says nothing of a folder it cannot make (the run has no cache)', () => {
    const file = join(temp(), 'file');
    writeFileSync(file, '');
    expect(problemOf(file)).toBe('it is not a folder');
    expect(problemOf(join(file, 'below'))).toBeUndefined();
  });
});

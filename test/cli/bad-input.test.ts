// The bad-input corpus (test/fixtures/bad-input/, written by scripts/bad-input-corpus.mjs):
// every file is refused by `import` with exit 2 and a message that names the field, nothing is
// saved, and no raw control or bidi character reaches stdout or stderr. In-process for speed
// (the same main() the built CLI runs), and a sample again through the built CLI.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { COMMANDS, SESSION } from '../../src/commands/index.js';
import { captureStream } from '../helpers/streams.js';
import { tempDir } from '../helpers/temp-dir.js';
import { newHome, runCli } from '../helpers/run-cli.js';
import { Readable } from 'node:stream';

const DIR = join(import.meta.dirname, '../fixtures/bad-input');
const manifest = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8')) as {
  file: string;
  field: string | null;
  note: string;
}[];
// What a terminal could act on, or what reorders a line; newline and tab are fine.
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;
const NOW = new Date('2026-11-25T09:00:00Z');

async function importInProcess(file: string) {
  const home = tempDir();
  const stdout = captureStream();
  const stderr = captureStream();
  const code = await main(
    ['import', file],
    {
      stdin: Readable.from([]),
      stdout,
      stderr,
      env: { FOLLOWUP_COACH_HOME: home, FOLLOWUP_COACH_COUNTRY: 'none' },
      now: () => NOW,
    },
    { commands: COMMANDS, session: SESSION },
  );
  return { code, stdout: stdout.text(), stderr: stderr.text(), saved: readdirSync(home) };
}

/** How the message names where the problem is. */
function naming(field: string | null): RegExp {
  if (field === null) return /is not UTF-8 text|is larger than 1 MiB/;
  return new RegExp(`^  ${field.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `, 'm');
}

describe('the bad-input corpus', () => {
  it('has at least 150 files, each listed once', () => {
    const files = readdirSync(DIR)
      .filter((name) => name !== 'manifest.json')
      .sort();
    expect(files.length).toBeGreaterThanOrEqual(150);
    expect(manifest.map((entry) => entry.file).sort()).toEqual(files);
  });

  it.each(manifest)('$file ($note): exit 2, names $field, saves nothing, prints nothing raw', async ({ file, field }) => {
    const run = await importInProcess(join(DIR, file));
    expect({ code: run.code, saved: run.saved }).toEqual({ code: 2, saved: [] });
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(naming(field));
    expect(RAW.exec(run.stdout + run.stderr)).toBeNull();
  });

  it('the built CLI says the same for a sample', async () => {
    for (const { file, field } of manifest.filter((_, at) => at % 50 === 0)) {
      const run = await runCli(['import', join(DIR, file)]);
      expect({ file, code: run.code, saved: readdirSync(run.home) }).toEqual({ file, code: 2, saved: [] });
      expect(run.stderr).toMatch(naming(field));
      expect(RAW.exec(run.stdout + run.stderr)).toBeNull();
    }
  });
});

describe('what is not a regular file', () => {
  it('a FIFO, a device and a folder are refused at once, with no wait', async () => {
    const fifo = join(tempDir(), 'pipe.json');
    execFileSync('mkfifo', [fifo]);
    const home = newHome();
    for (const [path, why] of [
      [fifo, 'it is a FIFO'],
      ['/dev/zero', 'it is a device'],
      [tempDir(), 'it is a folder'],
    ] as const) {
      const run = await runCli(['import', path], { home, timeoutMs: 10_000 });
      expect({ code: run.code, first: run.stderr.split('\n')[0] }).toEqual({
        code: 2,
        first: `followup-coach: cannot read ${path}: ${why}${why === 'it is a FIFO' ? ' (a named pipe), not a file; pipe it in with `-` instead.' : why === 'it is a device' ? ', not a file.' : '.'}`,
      });
    }
    expect(readdirSync(home)).toEqual([]);
  });

  it('stdin past the limit is refused without reading it all', async () => {
    const run = await runCli(['import', '-'], { input: ' '.repeat(1024 * 1024 + 10) });
    expect({ code: run.code, stderr: run.stderr }).toEqual({
      code: 2,
      stderr:
        'followup-coach: stdin is larger than 1 MiB, far more than any interview file; nothing was read past that.\n' +
        'Try: check that this is the interview file you meant; `followup-coach export ID` shows what one looks like.\n',
    });
  });
});

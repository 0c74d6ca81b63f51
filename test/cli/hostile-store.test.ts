// A store file that is not the file followup-coach wrote: a symbolic link (to anything), a
// folder, a FIFO, binary junk, JSON of the wrong shape. Each is refused or moved aside with
// words that say what to do; no byte of a file elsewhere is read out, and nothing is changed
// behind a link.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newHome, runCli } from '../helpers/run-cli.js';

const AT = { FOLLOWUP_COACH_NOW: '2026-11-26T17:50:00Z' };

describe('a store file that is not a file of ours', () => {
  it('refuses a config.json that is a symbolic link, reading nothing through it and changing nothing', async () => {
    const home = newHome();
    const elsewhere = join(newHome(), 'secret.txt');
    writeFileSync(elsewhere, 'SECRET-TOKEN not json at all', { mode: 0o644 });
    const store = join(home, 'config.json');
    symlinkSync(elsewhere, store);
    for (const args of [['list'], ['import', '-']]) {
      const run = await runCli(args, { home, env: AT, input: '{}' });
      expect({ args, code: run.code, stdout: run.stdout, stderr: run.stderr }).toEqual({
        args,
        code: 1,
        stdout: '',
        stderr:
          `followup-coach: cannot read ${store}: it is a symbolic link, and followup-coach never reads or writes its data through one.\n` +
          `Try: replace the link with a real file, or remove it to start with an empty store: rm ${store}\n`,
      });
    }
    expect(readFileSync(elsewhere, 'utf8')).toBe('SECRET-TOKEN not json at all');
    expect(statSync(elsewhere).mode & 0o777).toBe(0o644);
    expect(readdirSync(home)).toEqual(['config.json']);
  });

  it('refuses a config.json that is a folder, and one that is a FIFO, without waiting on it', async () => {
    const home = newHome();
    const store = join(home, 'config.json');
    mkdirSync(store);
    const run = await runCli(['list'], { home });
    expect({ code: run.code, stderr: run.stderr }).toEqual({
      code: 1,
      stderr:
        `followup-coach: cannot read ${store}: it is a folder, not the file followup-coach keeps its data in.\n` +
        `Try: move the folder out of the way (mv ${store} ${store}.folder), then run the command again.\n`,
    });
    const other = newHome();
    execFileSync('mkfifo', [join(other, 'config.json')]);
    const fifo = await runCli(['list'], { home: other });
    expect({ code: fifo.code, stderr: fifo.stderr }).toEqual({
      code: 1,
      stderr:
        `followup-coach: cannot read ${join(other, 'config.json')}: it is not a regular file (a FIFO, a device or a socket).\n` +
        `Try: move it out of the way (mv ${join(other, 'config.json')} ${join(other, 'config.json')}.old), then run the command again.\n`,
    });
  });

  it('moves binary junk aside with its position, quoting none of it', async () => {
    const home = newHome();
    const junk = Buffer.from([0x7b, 0x0a, 0x1b, 0x5d, 0x30, 0x3b, 0x50, 0x57, 0x4e, 0x07, 0xff, 0xfe, 0x00]);
    writeFileSync(join(home, 'config.json'), junk);
    const run = await runCli(['list'], { home, env: AT });
    expect(run.code).toBe(0);
    expect(run.stderr.split('\n')[0]).toBe(
      `followup-coach: The saved data in ${join(home, 'config.json')} could not be read (not valid JSON: the first error is at line 2, column 1).`,
    );
    expect(readFileSync(join(home, 'config.json.corrupt-2026-11-26T17-50-00')).equals(junk)).toBe(true);
  });
});

describe('a checklist.json that is not a rule file', () => {
  it('a link is followed (the user writes this file), but its text is never quoted; a folder or a FIFO is named as such', async () => {
    const home = newHome();
    const config = join(home, 'checklist.json');
    const elsewhere = join(newHome(), 'secret.txt');
    writeFileSync(elsewhere, 'SECRET-TOKEN');
    symlinkSync(elsewhere, config);
    const linked = await runCli(['check', '-'], { home, input: 'Hi Sam, thank you.' });
    expect({ code: linked.code, said: linked.stderr.split('\n')[0] }).toEqual({
      code: 2,
      said: `followup-coach: the checklist config "${config}" is not valid JSON (at line 1, column 1: expected a value (text in double quotes, a number, true, false, null, an object or a list), found 'S').`,
    });
    const folder = newHome();
    mkdirSync(join(folder, 'checklist.json'));
    const run = await runCli(['check', '-'], { home: folder, input: 'Hi Sam, thank you.' });
    expect({ code: run.code, said: run.stderr.split('\n')[0] }).toEqual({
      code: 2,
      said: `followup-coach: cannot read the checklist config "${join(folder, 'checklist.json')}": it is a folder, not a file.`,
    });
    const fifo = newHome();
    execFileSync('mkfifo', [join(fifo, 'checklist.json')]);
    const waited = await runCli(['check', '-'], { home: fifo, input: 'Hi Sam, thank you.' });
    expect({ code: waited.code, said: waited.stderr.split('\n')[0] }).toEqual({
      code: 2,
      said: `followup-coach: cannot read the checklist config "${join(fifo, 'checklist.json')}": it is not a regular file (a FIFO, a device or a socket).`,
    });
  });
});

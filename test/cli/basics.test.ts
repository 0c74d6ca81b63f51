import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { runCli } from '../helpers/run-cli.js';

describe('the built CLI', () => {
  it('prints the top help on --help, -h and help', async () => {
    for (const flag of ['--help', '-h', 'help']) {
      const { code, stdout, stderr } = await runCli([flag]);
      expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
      expect(stdout).toMatch(/^followup-coach: one personal, checked follow-up note per interviewer/);
      expect(stdout).toContain('followup-coach regen [ID]');
    }
  });

  it('prints the version', async () => {
    expect(await runCli(['--version'])).toMatchObject({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it('rejects an unknown command with exit 2 and a pointer to the help', async () => {
    const { code, stdout, stderr } = await runCli(['regenerate']);
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toBe('followup-coach: unknown command "regenerate".\nTry: followup-coach --help\n');
  });

  it.each([
    ['import', 'followup-coach import FILE: check an interview file and save it'],
    ['export', 'followup-coach export ID: print a saved interview as an interview file'],
    ['list', 'followup-coach list: saved interviews and what is due next'],
    ['regen', 'followup-coach regen [ID]: rebuild a note from a saved interview and copy it'],
  ])('%s --help and -h print the command help and touch no store', async (command, first) => {
    for (const flag of ['--help', '-h']) {
      const run = await runCli([command, flag]);
      expect({ code: run.code, stderr: run.stderr, first: run.stdout.split('\n')[0] }).toEqual({ code: 0, stderr: '', first });
      expect(run.stdout).toContain('Usage\n');
      expect(readdirSync(run.home)).toEqual([]);
    }
  });

  it('names an unknown option of a command and suggests the near one (exit 2)', async () => {
    const run = await runCli(['list', '--jsno']);
    expect({ code: run.code, stdout: run.stdout, stderr: run.stderr }).toEqual({
      code: 2,
      stdout: '',
      stderr: 'followup-coach: unknown option --jsno. Did you mean --json?\nTry: followup-coach list --help\n',
    });
  });
});

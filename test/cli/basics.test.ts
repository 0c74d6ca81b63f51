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
});

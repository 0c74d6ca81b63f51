// FOLLOWUP_COACH_NOW (README, "Another day") moves every command's today; a value the coach
// cannot read is a usage error that says what to write, never a quiet fall back to today.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

describe('FOLLOWUP_COACH_NOW', () => {
  it('refuses a day it cannot read, for any command, and says what to write', async () => {
    for (const args of [['list'], ['check', '--help'], []]) {
      const result = await runCli(args, { env: { FOLLOWUP_COACH_NOW: '2027-31-03' } });
      expect(result).toMatchObject({
        code: 2,
        stdout: '',
        stderr:
          'followup-coach: FOLLOWUP_COACH_NOW is "2027-31-03", which is not a day the coach can read.\n' +
          'Try: FOLLOWUP_COACH_NOW=2027-03-31 (a date as YYYY-MM-DD), or unset it for today\n',
      });
    }
  });

  it('takes a day it can read', async () => {
    const result = await runCli(['list'], { env: { FOLLOWUP_COACH_NOW: '2027-03-31' } });
    expect(result).toMatchObject({ code: 0, stderr: '' });
  });
});

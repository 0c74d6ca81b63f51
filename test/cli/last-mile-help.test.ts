// The help of calendar, status, sent and prep, the top help naming them, and prep's card.
import { describe, expect, it } from 'vitest';
import { CALENDAR_HELP, PREP_HELP, SENT_HELP, STATUS_HELP } from '../../src/cli/command-help.js';
import { prepCardText } from '../../src/session/prep-card.js';
import { runCli } from '../helpers/run-cli.js';

describe('calendar, status, sent and prep', () => {
  it.each([
    ['calendar', CALENDAR_HELP],
    ['status', STATUS_HELP],
    ['sent', SENT_HELP],
    ['prep', PREP_HELP],
  ])('%s --help prints its help, exit 0', async (command, help) => {
    expect(await runCli([command, '--help'])).toMatchObject({ code: 0, stdout: help, stderr: '' });
  });

  it('the top help names each', async () => {
    const { stdout } = await runCli(['--help']);
    for (const line of [
      'followup-coach calendar [ID]',
      'followup-coach status ID S',
      'followup-coach sent ID',
      'followup-coach prep',
    ])
      expect(stdout).toContain(line);
  });

  it('prep prints the card; a wrong flag is a usage error', async () => {
    expect(await runCli(['prep'])).toMatchObject({ code: 0, stdout: prepCardText(), stderr: '' });
    expect(await runCli(['prep', '--json'])).toMatchObject({
      code: 2,
      stderr: 'followup-coach: unknown option --json.\nTry: followup-coach prep --help\n',
    });
  });
});

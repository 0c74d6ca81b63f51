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
    // Laid out to 80 columns off a terminal (a trial's 80-column terminal cut its long items),
    // each item hanging under its own text; the words are the card's, in order.
    const card = await runCli(['prep']);
    expect({ code: card.code, stderr: card.stderr }).toEqual({ code: 0, stderr: '' });
    const lines = card.stdout.split('\n');
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(80);
    expect(lines.slice(2, 7)).toEqual([
      "  - Each interviewer's name, spelled as on their card or profile, and their job",
      '    title.',
      "  - Each one's e-mail address, or phone number if they called you. Ask at the",
      '    end: "May I have your e-mail, so I can follow up?" Without it there is no',
      '    note.',
    ]);
    expect(card.stdout.replace(/\n {4}/g, ' ')).toBe(prepCardText());
    // COLUMNS sets the width off a terminal, as for list.
    const narrow = await runCli(['prep'], { env: { COLUMNS: '60' } });
    expect(Math.max(...narrow.stdout.split('\n').map((line) => line.length))).toBeLessThanOrEqual(60);
    expect(narrow.stdout.split('\n')[3]).toBe('    profile, and their job title.');
    expect(await runCli(['prep', '--json'])).toMatchObject({
      code: 2,
      stderr: 'followup-coach: unknown option --json.\nTry: followup-coach prep --help\n',
    });
  });
});

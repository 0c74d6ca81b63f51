// regen without an id in a real terminal (tmux): the @inquirer/prompts picker, copying through
// the terminal (OSC 52) when there is no system clipboard, and Ctrl-C.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newHome, runCli } from '../helpers/run-cli.js';
import { startTerminal } from '../helpers/tmux.js';
import { skipWithout } from '../helpers/tools.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/interviews');

async function twoInterviews(): Promise<string> {
  const home = newHome();
  for (const name of ['acme', 'northwind-bank'])
    expect((await runCli(['import', join(FIXTURES, `${name}.json`)], { home })).code).toBe(0);
  return home;
}

describe.skipIf(skipWithout('tmux'))('regen on a terminal', () => {
  it('asks which interview, note and person, then copies through the terminal, and records the call once made', async () => {
    const home = await twoInterviews();
    const terminal = await startTerminal({ args: ['regen'], home });
    try {
      await terminal.waitForScreen('Which interview?');
      await terminal.sendKeys('Enter'); // Acme: the most urgent is listed first
      await terminal.waitForScreen(/Which note\?[\s\S]*thank-you note \(due now\)/);
      await terminal.sendKeys('Enter'); // the kind due now (overdue) is preselected
      await terminal.waitForScreen('For whom?');
      await terminal.sendKeys('Down', 'Enter');
      // A copied script is not the call: the call is recorded when the user says it was made.
      await terminal.waitForScreen(/Have you made the call already\?[\s\S]*Not yet: I will mark it once I have made the call/);
      await terminal.sendKeys('Down', 'Enter');
      expect(await terminal.waitForExit()).toBe(0);
      const screen = await terminal.history();
      // Sam phoned: his thank-you is a call script, and the report shows the number to call.
      expect(screen).toContain('Copied the thank-you call script to Sam Ortiz <+1 555 0101> through the terminal (OSC 52).');
      // What comes next is the call, not a mail: no subject line to paste.
      expect(screen).toContain(
        'Call Sam Ortiz on +1 555 0101 and read it out (or leave it as a voicemail): it is a script for a call, not a mail.',
      );
      expect(screen).not.toContain('Subject: Thank-you call');
      expect(screen).not.toContain('There is no e-mail address for Sam Ortiz');
      expect(screen).toContain(
        '(The system clipboard was not used: DISPLAY is not set, so there is no display to hold a clipboard.)',
      );
      expect(screen).toContain('inside tmux this works only with `set -g set-clipboard on` in ~/.tmux.conf');
    } finally {
      await terminal.close();
    }
    const exported = JSON.parse((await runCli(['export', 'acme-robotics-senior-backend-engineer'], { home })).stdout);
    expect(exported.sent).toMatchObject([{ kind: 'thank-you', to: 'Sam Ortiz', method: 'osc52' }]);
  });

  it('Ctrl-C in the picker cancels with exit 130 and copies nothing', async () => {
    const home = await twoInterviews();
    const terminal = await startTerminal({ args: ['regen'], home });
    try {
      await terminal.waitForScreen('Which interview?');
      await terminal.sendKeys('C-c');
      expect(await terminal.waitForExit()).toBe(130);
      expect(await terminal.history()).toContain('followup-coach: Cancelled: nothing was copied.');
    } finally {
      await terminal.close();
    }
    const exported = JSON.parse((await runCli(['export', 'acme-robotics-senior-backend-engineer'], { home })).stdout);
    expect(exported.sent).toBeUndefined();
  });
});

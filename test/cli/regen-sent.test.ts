// regen on a note already recorded as sent, through the built CLI: what went out is the record,
// so --print, the copy path and --json show the text the sent log kept (or, when it kept none,
// the note as it stood that day), never a hand edit made after it, and say on stderr when it
// was sent. A note not sent yet keeps its edit.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { newHome, runCli } from '../helpers/run-cli.js';
import { startTerminal } from '../helpers/tmux.js';
import { skipWithout } from '../helpers/tools.js';

const FIXTURE = join(import.meta.dirname, '../fixtures/interviews/acme.json');
const ID = 'acme-robotics-senior-backend-engineer';
const env = { FOLLOWUP_COACH_NOW: '2026-12-10' };
const PRIYA = 'Priya Raghunathan';
const SAM = 'Sam Ortiz';
const text = (subject: string, body: string) => ({ subject, body });
const note = (to: string, line: string) => `Dear ${to.split(' ')[0]},\n\n${line}\n\nJordan`;
const edit = (kind: string, to: string, line: string, at: string) => ({ kind, to, ...text(line, note(to, line)), at });

const PRIYA_SENT = text('Thank you, as sent', note(PRIYA, 'The thank-you as it went out.'));
const SAM_CALL_SENT = text('', note(SAM, 'The call script as I read it.'));

describe('regen for a note already sent', () => {
  const home = newHome();
  const regen = (...args: string[]) => runCli(['regen', ID, ...args], { home, env });
  beforeAll(async () => {
    const interview = JSON.parse(readFileSync(FIXTURE, 'utf8'));
    interview.sent = [
      // Sent with its text kept (copied by the tool), and edited after: the text kept counts.
      { kind: 'thank-you', to: PRIYA, at: '2026-11-24T18:00:00.000Z', method: 'clipboard', ...PRIYA_SENT },
      // Recorded with `sent`, without its text, after an edit: the edit is what went out.
      { kind: 'thank-you', to: SAM, at: '2026-11-24T19:00:00.000Z' },
      // Recorded with `sent`, without its text, and edited after: the note as it stood then.
      { kind: 'follow-up', to: PRIYA, at: '2026-12-08T10:00:00.000Z' },
      // Sent with its text kept after an edit that said something else.
      { kind: 'voicemail', to: SAM, at: '2026-12-08T11:00:00.000Z', method: 'clipboard', ...SAM_CALL_SENT },
    ];
    interview.edits = [
      edit('thank-you', PRIYA, 'Edited after it was sent.', '2026-11-25T10:00:00.000Z'),
      edit('thank-you', SAM, 'Edited before the call.', '2026-11-24T18:30:00.000Z'),
      edit('follow-up', PRIYA, 'Follow-up edited after it was sent.', '2026-12-09T10:00:00.000Z'),
      edit('voicemail', SAM, 'Script edited before the call.', '2026-12-08T09:00:00.000Z'),
      edit('stay-in-touch', PRIYA, 'Not sent yet, edited.', '2026-12-09T10:00:00.000Z'),
    ];
    const file = join(home, 'sent.json');
    writeFileSync(file, JSON.stringify(interview));
    expect((await runCli(['import', file], { home, env })).code).toBe(0);
  });

  const sentLine = (label: string, to: string, day: string) =>
    `The ${label} to ${to} was sent on ${day}: this is the text that went out, which later edits do not change.`;
  const noTextLine = (label: string, to: string, day: string) =>
    `The ${label} to ${to} was recorded as sent on ${day}, without its text: this is the note as it stood that day, without later edits.`;
  // A call script's call was made, not sent.
  const madeLine = (call: string, to: string, day: string) =>
    `The ${call} to ${to} was made on ${day}: this is the script as it stood when the call was recorded, which later edits do not change.`;
  const noTextCallLine = (call: string, to: string, day: string) =>
    `The ${call} to ${to} was recorded as made on ${day}: this is the script as it stood that day, without later edits.`;

  it('--print shows the text that went out, whatever was edited before or after', async () => {
    const priya = await regen('--kind', 'thank-you', '--to', 'Priya', '--print');
    expect(priya.stdout).toBe(`Subject: ${PRIYA_SENT.subject}\n\n${PRIYA_SENT.body}\n`);
    expect(priya.stderr.split('\n')[0]).toBe(sentLine('thank-you note', PRIYA, 'Tuesday, November 24'));

    const call = await regen('--kind', 'voicemail', '--to', 'Sam', '--print');
    expect(call.stdout).toBe(`${SAM_CALL_SENT.body}\n`);
    expect(call.stderr.split('\n')[0]).toBe(madeLine('follow-up call', SAM, 'Tuesday, December 8'));
  });

  it('--print of a note recorded without its text: the edit made before it went, none made after', async () => {
    const sam = await regen('--kind', 'thank-you', '--to', 'Sam', '--print');
    expect(sam.stdout).toBe(
      `Edited before the call. (a script to read out on the call)\n\n${note(SAM, 'Edited before the call.')}\n`,
    );
    expect(sam.stderr.split('\n')[0]).toBe(noTextCallLine('thank-you call', SAM, 'Tuesday, November 24'));

    const followUp = await regen('--kind', 'follow-up', '--to', 'Priya', '--print');
    expect(followUp.stderr.split('\n')[0]).toBe(noTextLine('follow-up note', PRIYA, 'Tuesday, December 8'));
    // The template's follow-up, quoting the thank-you as it went out.
    expect(followUp.stdout).not.toContain('Follow-up edited after it was sent.');
    expect(followUp.stdout.split('\n\n').slice(0, 2)).toEqual([`Subject: Re: ${PRIYA_SENT.subject}`, 'Dear Priya,']);
    expect(followUp.stdout).toContain('\n> The thank-you as it went out.\n');
  });

  it('--json hands over every note as it went, with a line for each one sent', async () => {
    const json = await regen('--kind', 'thank-you', '--json');
    expect(json.code).toBe(0);
    const rows = JSON.parse(json.stdout) as { to: string; subject: string; body: string }[];
    expect(rows.map(({ to, subject, body }) => ({ to, subject, body }))).toEqual([
      { to: PRIYA, ...PRIYA_SENT },
      { to: SAM, ...text('Edited before the call.', note(SAM, 'Edited before the call.')) },
    ]);
    expect(json.stderr).toBe(
      `${sentLine('thank-you note', PRIYA, 'Tuesday, November 24')}\n${noTextCallLine('thank-you call', SAM, 'Tuesday, November 24')}\n`,
    );
  });

  it('the copy path copies (here: prints, with no clipboard) the text that went out', async () => {
    const copied = await regen('--kind', 'thank-you', '--to', 'Priya');
    expect(copied.stderr.split('\n')[0]).toBe(sentLine('thank-you note', PRIYA, 'Tuesday, November 24'));
    expect(copied.stdout).toContain(`Subject: ${PRIYA_SENT.subject}\n\n${PRIYA_SENT.body}\n`);
    expect(copied.stdout).not.toContain('Edited after it was sent.');
  });

  it('a note not sent yet keeps its hand edit, and says nothing about sending', async () => {
    const stay = await regen('--kind', 'stay-in-touch', '--to', 'Priya', '--print');
    expect(stay.stdout).toBe(`Subject: Not sent yet, edited.\n\n${note(PRIYA, 'Not sent yet, edited.')}\n`);
    expect(stay.stderr).not.toContain('sent on');
  });

  it.skipIf(skipWithout('tmux'))('regen without an id, on a terminal, shows it as it went out too', async () => {
    const terminal = await startTerminal({
      args: ['regen', '--kind', 'thank-you', '--to', 'Priya', '--print'],
      home,
      now: env.FOLLOWUP_COACH_NOW,
    });
    try {
      expect(await terminal.waitForExit()).toBe(0);
      const screen = await terminal.history();
      expect(screen).toContain(sentLine('thank-you note', PRIYA, 'Tuesday, November 24'));
      expect(screen).toContain('The thank-you as it went out.');
      expect(screen).not.toContain('Edited after it was sent.');
    } finally {
      await terminal.close();
    }
  });
});

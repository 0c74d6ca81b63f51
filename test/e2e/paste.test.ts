// Pasting and fast editing in the built CLI's guided session, in a real terminal: tmux
// load-buffer + paste-buffer deliver a paste in one read, as a terminal does, and send-keys with
// several keys sends them in one read too.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { newHome } from '../helpers/run-cli.js';
import { startTerminal, type Terminal } from '../helpers/tmux.js';
import { skipWithout } from '../helpers/tools.js';

const open: Terminal[] = [];
afterEach(async () => {
  for (const terminal of open.splice(0)) await terminal.close();
});

const lines = (screen: string) => screen.split('\n').map((line) => line.trim());
const asking = (label: string) => (screen: string) => lines(screen).includes(label);

async function answer(t: Terminal, label: string, text: string): Promise<void> {
  await t.waitForScreen(asking(label));
  await t.submit(text);
}

describe.skipIf(skipWithout('tmux'))('pasting into the guided session', () => {
  it('joins a pasted block into a one-line answer, deletes a burst of Backspace, and adds one topic per pasted line', async () => {
    const home = newHome();
    const t = await startTerminal({ home });
    open.push(t);
    for (const [label, text] of [
      ['Your name', 'Jordan Lee'],
      ['Your e-mail', 'jordan@example.com'],
      ['Your phone', '+1 555 0100'],
      ['Signature line (optional)', ''],
      ['Resume file (optional)', ''],
      ['Company', 'Acme Robotics'],
      ['Role', 'Senior Backend Engineer'],
      ['Interview date', '2026-11-24'],
    ] as const)
      await answer(t, label, text);
    await t.waitForScreen(asking('Format'));
    await t.sendText('1');
    await t.waitForScreen(asking('How do you greet interviewers?'));
    await t.sendText('1');
    await answer(t, 'Recruiter or HR contact (optional)', '');
    await answer(t, 'Name', 'Priya Raghunathan');
    await answer(t, 'How do you greet them?', '');

    // A terminal without bracketed paste: the lines arrive with CRs between them.
    await t.waitForScreen(asking('Title'));
    await t.paste('Staff UX\nResearcher\nPlatform Team\n', { bracketed: false });
    await t.waitForScreen('Pasted 3 lines: joined with spaces, as this answer is one line.');
    expect(await t.screen()).toContain('Staff UX Researcher Platform Team');
    await t.sendKeys(...Array<string>(14).fill('BSpace'));
    await t.waitForScreen((s) => s.includes('Staff UX Researcher') && !s.includes('Platform'));
    await t.sendKeys('Enter');

    await answer(t, 'E-mail', 'priya@acme.example');
    await answer(t, 'Phone', '');
    await t.waitForScreen(asking('How did they reach you?'));
    await t.sendText('1');
    await t.waitForScreen(asking('Topics you discussed'));
    // The session asked for bracketed paste; tmux wraps the paste in ESC[200~ ... ESC[201~.
    await t.paste('moving telemetry ingestion to Kafka\nhow on-call works\nthe incident review ritual\n');
    const topics = await t.waitForScreen('3. the incident review ritual');
    expect(topics).toContain('1. moving telemetry ingestion to Kafka');
    expect(topics).toContain('2. how on-call works');
    expect(topics).not.toContain('200~');
    await t.submit('');
    await t.waitForScreen(asking('A personal detail (optional)'));
    await t.sendKeys('C-c');
    expect(await t.waitForExit()).toBe(130);

    const draft = JSON.parse(readFileSync(join(home, 'draft.json'), 'utf8')) as {
      draft: { answers: { interviewers: object[] } };
    };
    expect(draft.draft.answers.interviewers[0]).toMatchObject({
      title: 'Staff UX Researcher',
      topics: ['moving telemetry ingestion to Kafka', 'how on-call works', 'the incident review ritual'],
    });
  }, 90_000);
});

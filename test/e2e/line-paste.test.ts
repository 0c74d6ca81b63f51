// Pasting and typing ahead in the line mode (`--plain`, @inquirer/prompts) in a real terminal:
// every line of a paste answers the next question, and what was typed while the program
// started is kept line by line. tmux paste-buffer delivers the paste in one read.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { answersOf, draftOf, initialState } from '../../src/session/index.js';
import { newHome } from '../helpers/run-cli.js';
import { sampleInterview } from '../helpers/sample-interview.js';
import { prompting, startTerminal, type Terminal } from '../helpers/tmux.js';
import { skipWithout } from '../helpers/tools.js';

const open: Terminal[] = [];
afterEach(async () => {
  for (const terminal of open.splice(0)) await terminal.close();
});

async function start(home: string): Promise<Terminal> {
  const terminal = await startTerminal({ home, args: ['--plain'], rows: 40, columns: 100 });
  open.push(terminal);
  return terminal;
}

type Saved = { answers: { candidate: Record<string, string>; interviewers: { topics: string[] }[] }; position: { step: string } };
const draftOn = (home: string): Saved => (JSON.parse(readFileSync(join(home, 'draft.json'), 'utf8')) as { draft: Saved }).draft;

describe.skipIf(skipWithout('tmux'))('line mode: pasted and typed-ahead lines', () => {
  it('a paste of two lines at "Your e-mail" answers the e-mail and the phone', async () => {
    const home = newHome();
    const t = await start(home);
    await t.waitForScreen(prompting('Your name'));
    await t.submit('Thảo Nguyễn');
    await t.waitForScreen(prompting('Your e-mail'));
    await t.paste('thao@example.com\n+1 555 0199\n', { bracketed: false });
    const screen = await t.waitForScreen(prompting('Signature line (optional)'));
    expect(screen).toContain('✔ Your e-mail thao@example.com');
    expect(screen).toContain('✔ Your phone +1 555 0199');
    expect(draftOn(home).answers.candidate).toMatchObject({ email: 'thao@example.com', phone: '+1 555 0199' });
  }, 60_000);

  it('a pasted line the question refuses is refused alone: the lines after it are not typed into it', async () => {
    const home = newHome();
    const t = await start(home);
    await t.waitForScreen(prompting('Your name'));
    await t.submit('Thao Nguyen');
    await t.waitForScreen(prompting('Your e-mail'));
    await t.paste('thao@\n+1 555 0199\nlinkedin.com/in/thao\n', { bracketed: false });
    const refused = await t.waitForScreen((s) => s.replace(/\n/g, '').includes('were not used'));
    // Inquirer wraps its own lines at the terminal's width: the message is read unwrapped.
    expect(refused.replace(/\n/g, '')).toContain(
      '(The 2 lines pasted after it were not used: paste them again once this answer is fixed.)',
    );
    expect(refused).not.toContain('0199');
    // The answer is typed again on an empty line: nothing of the refused one is glued to it.
    await t.submit('thao@example.com');
    const screen = await t.waitForScreen(prompting('Your phone'));
    expect(screen).toContain('✔ Your e-mail thao@example.com');
    expect(screen).not.toContain('thao@thao@');
  }, 60_000);

  it('keeps every line typed while the program was still starting', async () => {
    const home = newHome();
    const t = await start(home);
    // Typed at once, before the first question shows: the terminal holds the lines until read.
    await t.sendText('Thao Nguyen');
    await t.sendKeys('Enter');
    await t.sendText('thao@example.com');
    await t.sendKeys('Enter');
    const screen = await t.waitForScreen(prompting('Your phone'));
    expect(screen).toContain('✔ Your name Thao Nguyen');
    expect(screen).toContain('✔ Your e-mail thao@example.com');
  }, 60_000);

  it('a paste of five lines at "Topic 1" adds five topics', async () => {
    const home = newHome();
    const draft = draftOf(
      initialState(
        {
          ...answersOf(sampleInterview()),
          interviewers: answersOf(sampleInterview()).interviewers.map((p) => ({ ...p, topics: [] })),
        },
        { step: 'interviewer.topics', index: 0 },
      ),
    );
    writeFileSync(join(home, 'draft.json'), JSON.stringify({ version: 1, savedAt: '2026-11-25T09:00:00.000Z', draft }));
    const t = await start(home);
    await t.waitForScreen(/Pick up where you left off\?/);
    await t.sendKeys('Enter');
    await t.waitForScreen(prompting('Topic 1'));
    const topics = [
      'sterile compounding audits',
      'the night-shift rota',
      'vaccine clinic hours',
      'the new dispensing robot',
      'CPD budget',
    ];
    await t.paste(`${topics.join('\n')}\n`, { bracketed: false });
    await t.waitForScreen(prompting('Topic 6'));
    expect(draftOn(home).answers.interviewers[0]?.topics).toEqual(topics);
  }, 60_000);
});

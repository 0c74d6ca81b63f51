// The line mode of the built CLI in a real pseudo-terminal with TERM=dumb (it must start by
// itself there): the same questions, line by line through @inquirer/prompts, to the notes, a
// copy on the real clipboard (xsel on a private Xvfb display), the home once an interview is
// saved (its due follow-up), and Ctrl-C.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ROOT, newHome, runCli } from '../helpers/run-cli.js';
import { prompting, startTerminal, type Terminal } from '../helpers/tmux.js';
import { skipWithout } from '../helpers/tools.js';
import { startVirtualDisplay, type VirtualDisplay } from '../helpers/xvfb.js';

let display: VirtualDisplay;
const open: Terminal[] = [];

const skip = skipWithout('tmux', 'Xvfb', 'xsel');

beforeAll(async () => {
  if (!skip) display = await startVirtualDisplay();
});
afterAll(async () => {
  await display?.stop();
});
afterEach(async () => {
  for (const terminal of open.splice(0)) await terminal.close();
});

async function start(home: string, args: string[] = [], now?: string): Promise<Terminal> {
  const terminal = await startTerminal({ home, args, now, term: 'dumb', display: display.display, rows: 40, columns: 100 });
  open.push(terminal);
  return terminal;
}

async function answer(t: Terminal, label: string, text: string): Promise<void> {
  await t.waitForScreen(prompting(label));
  await t.submit(text);
}

/** A numbered choice (rawlist): the number, then Enter. */
async function choose(t: Terminal, label: string, option: number): Promise<void> {
  await t.waitForScreen((s) => prompting(label)(s) && /^\s*1\) /m.test(s));
  await t.submit(String(option));
}

/**
 * The numbered option whose label starts with `label` in the latest menu on screen, whatever its
 * number: an earlier menu still on screen may number it differently (a note marked sent has no
 * Edit any more).
 */
async function chooseLabelled(t: Terminal, question: string, label: string): Promise<void> {
  const line = new RegExp(`(\\d+)\\) ${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
  const latestMenu = (s: string) => s.slice(s.lastIndexOf(`? ${question}`));
  const screen = await t.waitForScreen((s) => prompting(question)(s) && line.test(latestMenu(s)));
  await t.submit(line.exec(latestMenu(screen))![1]!);
}

async function aboutYou(t: Terminal): Promise<void> {
  await answer(t, 'Your name', 'Jordan Lee');
  await answer(t, 'Your e-mail', 'jordan@example.com');
  await answer(t, 'Your phone', '+1 555 0100');
  await answer(t, 'Signature line (optional)', '');
  await answer(t, 'Resume file (optional)', '');
}

describe.skipIf(skip)('line mode in a real terminal (TERM=dumb)', () => {
  it('asks every question line by line, prints each note with its checklist, and copies one', async () => {
    const home = newHome();
    const t = await start(home);
    await t.waitForScreen('Type < and press Enter to go back one question.');
    await aboutYou(t);
    await answer(t, 'Company', 'Acme Robotics');
    await answer(t, 'Role', 'Senior Backend Engineer');
    await answer(t, 'Interview date', 'yesterday');
    await t.waitForScreen('→ Tuesday, November 24');
    await choose(t, 'Format', 1);
    await choose(t, 'How do you greet interviewers?', 1);
    await answer(t, 'Recruiter or HR contact (optional)', '');

    await answer(t, 'Name', 'Priya Raghunathan');
    await answer(t, 'How do you greet them?', '');
    await answer(t, 'Title', 'Engineering Manager');
    await answer(t, 'E-mail', 'priya@acme.example');
    await answer(t, 'Phone', '');
    await choose(t, 'How did they reach you?', 1);
    await answer(t, 'Topic 1', 'moving telemetry ingestion to Kafka');
    await answer(t, 'Topic 2', '');
    await answer(t, 'A personal detail (optional)', 'we both ran the Boston marathon');
    // The preview is wrapped between words to the terminal's width (src/line/print-width.ts).
    await t.waitForScreen(/how we both ran\s+the\s+Boston\s+marathon\."/);
    await answer(t, 'Something to add or send them (optional)', '');
    await t.waitForScreen('- Priya Raghunathan, Engineering Manager (e-mail priya@acme.example)');
    await choose(t, 'What next?', 2);

    await answer(t, 'Name', 'Sam Ortiz');
    await answer(t, 'How do you greet them?', '');
    await answer(t, 'Title', 'Staff Engineer');
    await answer(t, 'E-mail', '');
    await answer(t, 'Phone', '+1 555 0101');
    await choose(t, 'How did they reach you?', 2);
    await answer(t, 'Topic 1', "the robot fleet's OTA update pipeline");
    await answer(t, 'Topic 2', '');
    await answer(t, 'A personal detail (optional)', '');
    await answer(t, 'Something to add or send them (optional)', '');
    await t.waitForScreen('- Sam Ortiz, Staff Engineer (phone +1 555 0101)');
    await choose(t, 'What next?', 1);

    await answer(t, 'When did they say they would decide?', 'by the end of next week');
    await t.waitForScreen('by the end of next week → Friday, December 4');
    await choose(t, 'Were you told you are not the final choice?', 1);
    await answer(t, 'The strength you want them to remember (optional)', '');
    await choose(t, 'How should the notes sound?', 1);

    // Every note is printed in full, each with its checklist line, then the schedule.
    await t.waitForScreen((s) => prompting('What next?')(s) && s.includes('Copy note 1'), 30_000);
    const review = await t.history();
    expect(review).toContain('-- Note 1 of');
    expect(review).toMatch(/thank-you note for Priya Raghunathan <priya@acme\.example>/);
    expect(review).toMatch(/for Sam Ortiz/);
    expect(review).toMatch(/Checklist: (nothing to fix|\d+ errors?, \d+ warnings?)/);
    expect(review).toContain('Schedule:');

    await t.submit('1');
    // Once per session, before the first copy: what no rule can check.
    await t.waitForScreen(prompting('Are all three true?'));
    expect(await t.history()).toContain('Nobody will "swing by" or check in on your behalf.');
    await t.submit('y');
    await t.waitForScreen('Copied (system clipboard).');
    const clipboard = display.readClipboard();
    expect(clipboard.split('\n')[0]).toBe('Dear Priya,');
    // The detail as something the two talked about, at the end of a sentence that says so.
    expect(clipboard).toMatch(/ about how we both ran the Boston marathon\./);
    expect(clipboard).toMatch(/telemetry ingestion to Kafka/);
    expect(clipboard).not.toMatch(/OTA update pipeline/);
    // The copied text is the body printed in the review.
    expect(review.replace(/\s+/g, ' ')).toContain(clipboard.trim().split('\n')[0]!.trim());
    await t.waitForScreen(prompting('Mark it as sent'));
    await t.submit('y');
    await t.waitForScreen('Marked as sent: the thank-you note to Priya Raghunathan (note 1).');

    await chooseLabelled(t, 'What next?', 'Finish');
    expect(await t.waitForExit()).toBe(0);
    const history = await t.history();
    expect(history).toMatch(/Saved as acme-robotics-senior-backend-engineer\./);
    // Priya's note is marked sent; Sam's call is still due today, and leaving says so.
    expect(history).toContain('Next: thank-you call to Sam Ortiz: due today');
  }, 120_000);

  it('with a saved interview starts at the home, and writes the follow-up that is due', async () => {
    // The README's example interview (acme.json) with both thank-yous sent; by 10 Dec its follow-up is overdue.
    const home = newHome();
    const file = join(newHome(), 'acme-sent.json');
    const acme = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/interviews/acme.json'), 'utf8')) as object;
    const sent = [
      { kind: 'thank-you', to: 'Priya Raghunathan', at: '2026-11-24T17:00:00Z' },
      { kind: 'thank-you', to: 'Sam Ortiz', at: '2026-11-24T17:05:00Z' },
    ];
    writeFileSync(file, JSON.stringify({ ...acme, sent }));
    const now = { FOLLOWUP_COACH_NOW: '2026-12-10' };
    expect((await runCli(['import', file], { home, env: now })).code).toBe(0);

    const t = await start(home, [], now.FOLLOWUP_COACH_NOW);
    await chooseLabelled(
      t,
      'What would you like to do?',
      'Follow up: Acme Robotics, Senior Backend Engineer (follow-up to Priya',
    );
    await t.waitForScreen((s) => prompting('What next?')(s) && s.includes('Copy note 1'), 30_000);
    expect(await t.history()).toMatch(/Note 1 of \d+: follow-up note for Priya Raghunathan <priya@acme\.example>/);
    await t.submit('1');
    await t.waitForScreen(prompting('Are all three true?'));
    await t.submit('y');
    await t.waitForScreen('Copied (system clipboard).');
    await t.waitForScreen(prompting('Mark it as sent'));
    // Exactly the follow-up that regen writes for her.
    const regen = await runCli(['regen', 'acme-robotics-senior-backend-engineer', '--kind', 'follow-up', '--json'], {
      home,
      env: now,
    });
    const [followUp] = JSON.parse(regen.stdout) as Array<{ to: string; body: string }>;
    expect(followUp?.to).toBe('Priya Raghunathan');
    expect((await display.clipboardOnce((text) => text.trim() === followUp?.body.trim())).trim()).toBe(followUp?.body.trim());
    await t.submit('y');
    await t.waitForScreen('Marked as sent: the follow-up to Priya Raghunathan (note 1).');
    // The reminders file, written where the session started (here, the repository).
    const ics = join(ROOT, 'acme-robotics-senior-backend-engineer.ics');
    try {
      await chooseLabelled(t, 'What next?', 'Write reminders');
      await t.waitForScreen((s) =>
        /written to .*acme-robotics-senior-backend-engineer\.ics|has no reminders|Could not write/.test(s),
      );
      expect(await t.screen()).not.toContain('Could not write the reminders');
      expect(readFileSync(ics, 'utf8')).toMatch(/^BEGIN:VCALENDAR\r\n/);
    } finally {
      rmSync(ics, { force: true });
    }
    await chooseLabelled(t, 'What next?', 'Finish');
    expect(await t.waitForExit()).toBe(0);

    // The follow-up is in the sent log: it is no longer what comes next.
    const list = await runCli(['list'], { home, env: now });
    expect(list.stdout).toContain('Acme Robotics, Senior Backend Engineer');
    expect(list.stdout).not.toMatch(/next: follow-up to Priya Raghunathan/);
  }, 60_000);

  it('lets Backspace and Ctrl-U edit a typed answer, and writes nothing but text and line breaks', async () => {
    const home = newHome();
    const t = await startTerminal({ home, term: 'dumb', record: true, display: display.display, rows: 40, columns: 100 });
    open.push(t);
    await t.waitForScreen(prompting('Your name'));
    await t.sendText('Jordxn');
    // Three Backspaces in one read, then the rest.
    await t.sendKeys('BSpace', 'BSpace', 'BSpace');
    await t.submit('dan Lee');
    await t.waitForScreen(prompting('Your e-mail'));
    await t.sendText('not my address');
    await t.sendKeys('C-u');
    await t.submit('jordan@example.com');
    await t.waitForScreen(prompting('Your phone'));
    // Every answer is saved to the draft as it is given: wait until the file shows the second.
    const draftFile = join(home, 'draft.json');
    await vi.waitFor(() => expect(existsSync(draftFile) && readFileSync(draftFile, 'utf8')).toContain('jordan@example.com'), {
      timeout: 10_000,
    });
    const draft = JSON.parse(readFileSync(draftFile, 'utf8')) as { draft: { answers: { candidate: object } } };
    expect(draft.draft.answers.candidate).toMatchObject({ name: 'Jordan Lee', email: 'jordan@example.com' });
    // The terminal's own echo of the erased letters is BS, space, BS; no escape sequence at all.
    const output = t.output();
    expect(output).toContain('? Your name ');
    expect(output).not.toContain('\u001b');
    expect(output).toMatch(/^[\x08\n\r\x20-\x7e\x80-\xff]*$/);
  }, 60_000);

  it('--plain on Ctrl-C exits 130 with one line, and the next start offers to resume', async () => {
    const home = newHome();
    const first = await start(home, ['--plain']);
    await aboutYou(first);
    await answer(first, 'Company', 'Acme Robotics');
    await first.waitForScreen(prompting('Role'));
    await first.sendKeys('C-c');
    expect(await first.waitForExit()).toBe(130);
    const said = (await first.history()).split('\n').filter((line) => line.includes('run `followup-coach --plain` to continue'));
    expect(said).toHaveLength(1);

    const second = await start(home, ['--plain']);
    await second.waitForScreen(prompting('You have an unfinished interview (Acme Robotics).'));
    await second.submit('y');
    await second.waitForScreen(prompting('Role'));
  }, 60_000);
});

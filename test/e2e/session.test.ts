// The built CLI in a real pseudo-terminal (tmux), through one whole guided session with two
// interviewers: one reached by e-mail, one phone-only with no e-mail address. The clipboard is
// the real one: xsel on a private Xvfb display, read back and compared with the note.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { newHome, runCli } from '../helpers/run-cli.js';
import { startTerminal, type Terminal } from '../helpers/tmux.js';
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

async function start(home: string): Promise<Terminal> {
  // 31 rows: Priya's whole note on screen at 80 columns (the session leaves the last row free: src/ui/app.tsx).
  const terminal = await startTerminal({ home, display: display.display, rows: 31 });
  open.push(terminal);
  return terminal;
}

const lines = (screen: string) => screen.split('\n').map((line) => line.trim());
const words = (text: string) => text.split(/\s+/).filter(Boolean).join(' ');
/** The question whose label is a line of its own (the frame prints the label alone, in bold). */
const asking = (label: string) => (screen: string) => lines(screen).includes(label);

/**
 * Waits for the question, types the answer, presses Enter. A question on screen already takes
 * keys (src/ui/keys/use-keys.ts), so there is no pause before typing.
 */
async function answer(t: Terminal, label: string, text: string): Promise<string> {
  const screen = await t.waitForScreen(asking(label));
  await t.submit(text);
  return screen;
}

/** Waits for a choice question and picks an option by its number (the inputs accept 1-9). */
async function choose(t: Terminal, label: string, option: number): Promise<string> {
  const screen = await t.waitForScreen(asking(label));
  await t.sendText(String(option));
  return screen;
}

async function aboutYou(t: Terminal): Promise<void> {
  await answer(t, 'Your name', 'Jordan Lee');
  await answer(t, 'Your e-mail', 'jordan@example.com');
  await answer(t, 'Your phone', '+1 555 0100');
  await answer(t, 'Signature line (optional)', '');
  await answer(t, 'Resume file (optional)', '');
}

describe.skipIf(skip)('the guided session in a real terminal', () => {
  it('runs from the first question to a copied note, with one note per interviewer', async () => {
    const home = newHome();
    const t = await start(home);
    await aboutYou(t);
    await answer(t, 'Company', 'Acme Robotics');
    await answer(t, 'Role', 'Senior Backend Engineer');

    // The date shows the day it was understood as before Enter (2026-11-25 is pinned: a Wednesday).
    await t.waitForScreen(asking('Interview date'));
    await t.sendText('yesterday');
    await t.waitForScreen('→ Tuesday, November 24');
    await t.sendKeys('Enter');
    await choose(t, 'Format', 1);
    await choose(t, 'How do you greet interviewers?', 1);
    await answer(t, 'Recruiter or HR contact (optional)', 'Dana Kim');
    await answer(t, "Dana Kim's e-mail (optional)", 'dana.kim@acme.example');
    await answer(t, "Dana Kim's phone (optional)", '+1 555 0199');
    // She did not ask for the notes to go through her: each goes to its own person.
    await choose(t, 'Did Dana Kim ask you to send your notes through them?', 1);

    // Interviewer 1: e-mail.
    await answer(t, 'Name', 'Priya Raghunathan');
    // The greeting comes prefilled from the name; Enter keeps it.
    expect(await answer(t, 'How do you greet them?', '')).toContain('› Priya');
    await answer(t, 'Title', 'Engineering Manager');
    await answer(t, 'E-mail', 'priya@acme.example');
    await answer(t, 'Phone', '');
    await choose(t, 'How did they reach you?', 1);
    await answer(t, 'Topics you discussed', 'moving telemetry ingestion to Kafka');
    await t.waitForScreen('1. moving telemetry ingestion to Kafka');
    await t.submit('');
    await answer(t, 'A personal detail (optional)', '');
    await answer(t, 'Something to add or send them (optional)', '');

    // The list (a Select: arrows and Enter): add the second person.
    await t.waitForScreen((s) => s.includes('1. Priya Raghunathan, Engineering Manager (1 topic)') && s.includes('❯ ✓ Done'));
    await t.sendKeys('Down');
    await t.waitForScreen('❯ + Add an interviewer');
    await t.sendKeys('Enter');

    // Interviewer 2: phone only, no e-mail address.
    await answer(t, 'Name', 'Sam Ortiz');
    await answer(t, 'How do you greet them?', '');
    await answer(t, 'Title', 'Staff Engineer');
    await answer(t, 'E-mail', '');
    await answer(t, 'Phone', '+1 555 0101');
    await choose(t, 'How did they reach you?', 2);
    await answer(t, 'Topics you discussed', "the robot fleet's OTA update pipeline");
    await t.waitForScreen("1. the robot fleet's OTA update pipeline");
    await t.submit('');
    await answer(t, 'A personal detail (optional)', '');
    await answer(t, 'Something to add or send them (optional)', '');
    await t.waitForScreen(
      (s) => s.includes('2. Sam Ortiz, Staff Engineer (1 topic)') && s.includes('❯ ✓ Done: on to next steps'),
    );
    await t.sendKeys('Enter');

    // The timeframe resolves live, counted from the interview day.
    await t.waitForScreen(asking('When did they say they would decide?'));
    await t.sendText('by the end of next week');
    await t.waitForScreen('by the end of next week → Friday, December 4');
    await t.sendKeys('Enter');
    await choose(t, 'Were you told you are not the final choice?', 1);
    await answer(t, 'The strength you want them to remember (optional)', '');
    await choose(t, 'How should the notes sound?', 1);

    // The review: Priya's own note, its checklist line, and the schedule.
    const priya = await t.waitForScreen(
      (s) => /Note 1 of \d+ · Thank-you to Priya Raghunathan/.test(s) && !s.includes('…'),
      20_000,
    );
    expect(priya).toContain('<priya@acme.example>');
    expect(priya).toMatch(/Priya/);
    // The topic may wrap at the terminal edge.
    expect(priya).toMatch(/telemetry\s+ingestion\s+to\s+Kafka/);
    expect(priya).not.toMatch(/OTA update pipeline/);
    expect(priya).toMatch(/The checklist found nothing to fix\.|\d+ (error|warning|tip)s?/);
    expect(priya).toContain('Subject: Thank you: Senior Backend Engineer interview');
    // The schedule: both thank-yous are due the day after the interview (the pinned today).
    expect(priya).toContain('thank-you to Priya Raghunathan and thank-you call to Sam Ortiz: due today');

    // Copy it: the real clipboard holds exactly the note the review shows.
    await t.sendText('c');
    // The first copy of a session asks for the three manual checks; y confirms all three.
    await t.waitForScreen('Before your first copy, three things only you can check:');
    await t.sendText('y');
    await t.waitForScreen('Copied to the clipboard.');
    const clipboard = display.readClipboard();
    expect(clipboard.split('\n')[0]).toBe('Dear Priya,');
    // The body on screen (Ink wraps it to the width) runs from after the subject to the signature.
    const shown = lines(priya);
    const body = shown.slice(shown.findIndex((l) => l.startsWith('Subject: ')) + 1, shown.indexOf('+1 555 0100') + 1);
    expect(words(clipboard)).toBe(words(body.join('\n')));
    await t.sendText('s');
    await t.waitForScreen('Marked as sent');

    // Next note: Sam's, about what was discussed with Sam, with no e-mail address on it.
    await t.sendKeys('Right');
    const sam = await t.waitForScreen((s) => /Note 2 of \d+ · \S.* to Sam Ortiz/.test(s));
    // The topic may wrap at the terminal edge.
    expect(sam).toMatch(/OTA\s+update\s+pipeline/);
    expect(sam).not.toMatch(/telemetry ingestion/);
    expect(sam).not.toContain('<priya@acme.example>');
    // Sam phoned: the thank-you is a call script, and its header shows the number to call.
    expect(sam).toContain('<+1 555 0101>');
    expect(sam).toContain('Hello Sam, this is Jordan Lee');

    await t.sendText('q');
    expect(await t.waitForExit(10_000)).toBe(0);
    const history = await t.history();
    const id = /Saved as (\S+)\. /.exec(history)?.[1];
    // The last frame left above it is no "Opening your saved interviews…" (the loading line).
    expect(history).not.toContain('Opening your saved interviews');
    expect(id).toBe('acme-robotics-senior-backend-engineer');
    // Priya's note is marked sent; Sam's call is still due today, and leaving says so.
    expect(history).toContain('Next: thank-you call to Sam Ortiz: due today');

    // The note on the clipboard is the saved interview's note, word for word.
    const notes = await runCli(['regen', id!, '--kind', 'thank-you', '--to', 'Priya Raghunathan', '--json'], { home });
    expect(notes.code, notes.stderr).toBe(0);
    const [note] = JSON.parse(notes.stdout) as Array<{ body: string }>;
    expect(clipboard).toBe(note!.body);
    expect(clipboard).toMatch(/Jordan Lee/);
  }, 120_000);

  it('on Ctrl-C saves, says how to resume in one line, exits 130, and the next start offers to resume', async () => {
    const home = newHome();
    const first = await start(home);
    await aboutYou(first);
    await answer(first, 'Company', 'Acme Robotics');
    await first.waitForScreen(asking('Role'));
    await first.sendText('Senior');
    await first.sendKeys('C-c');
    expect(await first.waitForExit()).toBe(130);
    const after = await first.history();
    const resumeLines = lines(after).filter((line) => /pick up where you left off|continue where you left off/.test(line));
    expect(resumeLines).toHaveLength(1);

    const second = await start(home);
    await second.waitForScreen('You have an unfinished interview (Acme Robotics)');
    await second.sendText('1');
    // Back at the question it stopped on, with the earlier answers kept.
    await second.waitForScreen(asking('Role'));
    await second.sendKeys('Escape');
    const company = await second.waitForScreen(asking('Company'));
    expect(company).toContain('Acme Robotics');
  }, 60_000);
});

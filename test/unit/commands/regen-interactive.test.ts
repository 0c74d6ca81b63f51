// regen's interactive copy through the review core: errors hold the copy back until the user
// overrides them, an early note is recorded only on a second yes, and --force asks neither. The
// note goes through the terminal (OSC 52: no display here) into a real store in a temp folder.
import { describe, expect, it } from 'vitest';
import type { CommandContext } from '../../../src/cli/context.js';
import { CliError } from '../../../src/cli/errors.js';
import { copyInteractively } from '../../../src/commands/regen/interactive.js';
import { messages as regenMessages } from '../../../src/commands/regen/messages.js';
import type { Select, SelectChoice } from '../../../src/commands/regen/prompts.js';
import type { Finding, Note } from '../../../src/model/types.js';
import { openStore } from '../../../src/store/index.js';
import { sampleInterview } from '../../helpers/sample-interview.js';
import { captureStream } from '../../helpers/streams.js';
import { tempDir } from '../../helpers/temp-dir.js';

const NOW = new Date('2026-11-25T09:00:00Z');
const note: Note = {
  kind: 'thank-you',
  to: 'Priya Raghunathan',
  address: 'priya@acme.example',
  subject: 'Thank you: Senior Backend Engineer interview',
  body: 'Dear Priya,\nthank you for the talk about Kafka.\nJordan Lee',
  attachments: [],
};
const finding = (rule: string, severity: Finding['severity']): Finding => ({
  rule,
  severity,
  message: `${rule} here.`,
  line: 1,
  column: 1,
  excerpt: 'Dear',
});

async function setUp() {
  const home = tempDir();
  const store = openStore({ env: {}, home, now: () => NOW });
  const interview = await store.saveInterview(sampleInterview());
  const stdout = captureStream({ isTTY: true });
  const stderr = captureStream();
  const context: CommandContext = { argv: [], stdin: process.stdin, stdout, stderr, env: {}, interactive: true, now: () => NOW };
  return { store, interview, stdout, stderr, context };
}

/** Answers each question with the choice named `yes` or `no`, and remembers what was asked. */
function answering(answers: readonly boolean[]): { select: Select; asked: string[] } {
  const asked: string[] = [];
  const select: Select = async <V>(config: { message: string; choices: readonly SelectChoice<V>[]; default?: V }) => {
    asked.push(config.message);
    expect(config.default).toBe(false);
    return answers[asked.length - 1] as V;
  };
  return { select, asked };
}

const OSC52 = '\u001b]52;c;';
const UNCONFIRMED =
  'Sent to your terminal’s clipboard (OSC 52), which cannot be checked from here: paste it to see that it arrived. Have you sent it already?';

describe('regen copying interactively through the review core', () => {
  it('holds back a note with errors when the user says no: nothing copied, nothing recorded', async () => {
    const { store, interview, stdout, context } = await setUp();
    const { select, asked } = answering([false]);
    const copy = { interview, note, findings: [finding('placeholder', 'error'), finding('group-note', 'error')], force: false };
    await expect(copyInteractively(context, store, copy, select)).rejects.toThrow(CliError);
    expect(asked).toEqual(['The checklist found 2 errors in this note (above). Copy it anyway?']);
    expect(stdout.text()).not.toContain(OSC52);
    expect((await store.interview(interview.id))?.sent).toEqual([]);
  });

  it('copies and records it once the user overrides the errors', async () => {
    const { store, interview, stdout, context } = await setUp();
    const { select, asked } = answering([true, true]);
    const copy = { interview, note, findings: [finding('placeholder', 'error')], force: false };
    expect(await copyInteractively(context, store, copy, select)).toBe(0);
    expect(asked).toEqual(['The checklist found an error in this note (above). Copy it anyway?', UNCONFIRMED]);
    expect(stdout.text()).toContain(OSC52);
    expect(stdout.text()).toContain('Recorded as sent; `followup-coach list` now shows what comes next.');
    expect((await store.interview(interview.id))?.sent).toMatchObject([
      { kind: 'thank-you', to: 'Priya Raghunathan', at: NOW.toISOString(), method: 'osc52', body: note.body },
    ]);
  });

  it.each([
    [false, 0],
    [true, 1],
  ])('asks before recording an early note, default no (answer %s: %i recorded)', async (yes, count) => {
    const { store, interview, stdout, context } = await setUp();
    const { select, asked } = answering([true, yes]);
    const copy = { interview, note, findings: [finding('too-early', 'warning')], force: false };
    expect(await copyInteractively(context, store, copy, select)).toBe(0);
    expect(asked).toEqual([
      UNCONFIRMED,
      'Copied. The checklist says this note is early (too-early): recorded as sent, it tells the schedule the wait is over. Mark it as sent anyway?',
    ]);
    expect(stdout.text()).toContain(OSC52);
    expect((await store.interview(interview.id))?.sent).toHaveLength(count);
    if (!yes) {
      expect(stdout.text()).toContain(
        'Not recorded as sent. Once you send it: followup-coach sent acme-robotics-senior-backend-engineer --kind thank-you --to "Priya Raghunathan"',
      );
    }
  });

  it('with --force asks nothing of the checklist: copies, records once sent, and says why', async () => {
    const { store, interview, stderr, context } = await setUp();
    const { select, asked } = answering([true]);
    const copy = { interview, note, findings: [finding('placeholder', 'error'), finding('too-early', 'warning')], force: true };
    expect(await copyInteractively(context, store, copy, select)).toBe(0);
    expect(asked).toEqual([UNCONFIRMED]);
    expect(stderr.text()).toContain('--force: copying the early note and recording it as sent, as you asked.');
    expect((await store.interview(interview.id))?.sent).toHaveLength(1);
  });

  // A new user's trial, in tmux with no display: the copy went out as OSC 52, which tmux drops
  // without set-clipboard, and regen said "Recorded as sent". The session says "press s once you
  // send it"; regen now asks, and records nothing until the user says yes.
  it('records a mail sent through the terminal (OSC 52) only once the user says it was sent', async () => {
    const { store, interview, stdout, context } = await setUp();
    const { select, asked } = answering([false]);
    expect(await copyInteractively(context, store, { interview, note, findings: [], force: false }, select)).toBe(0);
    expect(asked).toEqual([UNCONFIRMED]);
    expect(stdout.text()).toContain(OSC52);
    expect(stdout.text()).not.toContain('Recorded as sent');
    expect(stdout.text()).toContain(
      'Not recorded as sent yet. Once you have sent it: followup-coach sent acme-robotics-senior-backend-engineer --kind thank-you --to "Priya Raghunathan"',
    );
    expect((await store.interview(interview.id))?.sent).toEqual([]);
  });

  it('asks after the call the script is for: a stay-in-touch call is not the thank-you', () => {
    // A new user's trial: regen's stay-in-touch call asked whether "the thank-you" was done.
    expect(regenMessages.madeQuestion('stay-in-touch')).toBe(
      'Copied. Have you made the call already? Recorded as made, it tells the schedule that the stay-in-touch call is done.',
    );
    expect(regenMessages.madeQuestion('not-selected')).toContain('that the call after the decision is done.');
    expect(regenMessages.madeQuestion('voicemail')).toContain('that the follow-up call is done.');
  });

  it('copies a call script without recording the call: it is recorded once the user says it was made', async () => {
    const { store, interview, stdout, context } = await setUp();
    const call: Note = {
      ...note,
      to: 'Sam Ortiz',
      address: '+1 555 0101',
      by: 'phone',
      subject: 'Thank-you call',
      body: 'Hello Sam.',
    };
    for (const yes of [false, true]) {
      const { select, asked } = answering([yes]);
      expect(await copyInteractively(context, store, { interview, note: call, findings: [], force: false }, select)).toBe(0);
      expect(asked).toEqual([
        'Copied. Have you made the call already? Recorded as made, it tells the schedule that the thank-you call is done.',
      ]);
      expect((await store.interview(interview.id))?.sent).toHaveLength(yes ? 1 : 0);
    }
    expect(stdout.text()).toContain(
      'Not recorded yet: a call is recorded once you have made it. Then: followup-coach sent acme-robotics-senior-backend-engineer --kind thank-you --to "Sam Ortiz"',
    );
    expect(stdout.text()).toContain('Recorded as done; `followup-coach list` now shows what comes next.');
  });

  it('copies a note already sent as it went: no question, its checklist aside, and no second record', async () => {
    const { store, interview: saved, stdout, context } = await setUp();
    const entry = {
      kind: 'thank-you' as const,
      to: note.to,
      at: '2026-11-24T18:00:00.000Z',
      subject: note.subject,
      body: note.body,
    };
    await store.recordSent(saved.id, entry);
    const interview = (await store.interview(saved.id))!;
    const { select, asked } = answering([]);
    const copy = { interview, note, findings: [finding('placeholder', 'error'), finding('too-early', 'warning')], force: false };
    expect(await copyInteractively(context, store, copy, select)).toBe(0);
    expect(asked).toEqual([]);
    expect(stdout.text()).toContain(OSC52);
    expect(stdout.text()).toContain('It is on record as sent already, so nothing new was recorded.');
    expect((await store.interview(interview.id))?.sent).toEqual([entry]);
  });
});

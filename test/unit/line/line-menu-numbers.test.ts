// The numbered lists of the line mode on a dumb terminal (the plain prompter): each menu is
// numbered 1 to its last entry, none skipped or repeated, also once a note is marked sent and its
// entries leave the review's menu; the line after marking says which note; and the interviewer
// list shows its people as bullets, so a number there means only one of the choices below it.
import { EventEmitter } from 'node:events';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { plainPrompter } from '../../../src/line/plain-prompter.js';
import { runReview } from '../../../src/line/review.js';
import type { Interview, SentEntry } from '../../../src/model/types.js';
import { answersOf, initialState } from '../../../src/session/index.js';
import { askInterviewerList } from '../../../src/line/interviewer-list.js';
import { scriptedReviewDeps } from '../../helpers/line-review-deps.js';
import { sampleInterview } from '../../helpers/sample-interview.js';
import { captureStream } from '../../helpers/streams.js';
import { NOW, type scripted, stubNotes } from './script.js';

const notesFor = async (interview: Interview) => stubNotes(interview);

/** The numbered lines of each "What next?" menu printed, in order. */
const menus = (text: string) =>
  text
    .split('? What next?\n')
    .slice(1)
    .map((menu) => menu.split('\n').filter((line) => /^ {2}\d+\) /.test(line)));

describe('line review menu numbers', () => {
  it('numbers the review menu 1 to the last after a note is marked sent, and names the note marked', async () => {
    const input = new PassThrough();
    const output = captureStream();
    const signals = new EventEmitter() as EventEmitter & Pick<NodeJS.Process, 'on' | 'off'>;
    const prompter = plainPrompter({ input, output, signals });
    const recorded: SentEntry[] = [];
    const deps = scriptedReviewDeps({ prompter } as ReturnType<typeof scripted>, recorded, {
      notesFor,
      schedule: async () => [],
      now: NOW,
    });
    // 7 marks note 1 sent; then Finish is 10, the last of ten entries (it kept 12 before).
    input.write('7\n10\n');
    const interview = sampleInterview();
    expect(await runReview(interview, answersOf(interview), deps)).toEqual({ type: 'finish' });
    const [first, second] = menus(output.text());
    expect(first).toEqual([
      '  1) Copy note 1 (thank-you note for Priya Raghunathan)',
      '  2) Copy note 2 (thank-you note for Sam Ortiz)',
      '  3) Copy the subject line of note 1',
      '  4) Copy the subject line of note 2',
      '  5) Edit note 1 in vi',
      '  6) Edit note 2 in vi',
      '  7) Mark note 1 as sent',
      '  8) Mark note 2 as sent',
      '  9) Show the notes again',
      '  10) Write reminders for what is due into an .ics file for your calendar',
      '  11) Change an answer',
      '  12) Finish',
      // As Esc on the full-screen review: the home it came from, or the last question.
      '  13) < Back',
    ]);
    expect(second).toEqual([
      '  1) Copy note 1 (thank-you note for Priya Raghunathan)',
      '  2) Copy note 2 (thank-you note for Sam Ortiz)',
      '  3) Copy the subject line of note 1',
      '  4) Copy the subject line of note 2',
      '  5) Edit note 2 in vi',
      '  6) Mark note 2 as sent',
      '  7) Show the notes again',
      '  8) Write reminders for what is due into an .ics file for your calendar',
      '  9) Change an answer',
      '  10) Finish',
      '  11) < Back',
    ]);
    expect(output.text()).toContain('  Answer (1-11, Enter for 2): ');
    expect(output.text()).toContain('Marked as sent: the thank-you note to Priya Raghunathan (note 1).');
    expect(recorded.map((entry) => entry.to)).toEqual(['Priya Raghunathan']);
  });
});

describe('the interviewer list on a dumb terminal', () => {
  it('lists the people as bullets and numbers only the choices, 1 to Back', async () => {
    const input = new PassThrough();
    const output = captureStream();
    const signals = new EventEmitter() as EventEmitter & Pick<NodeJS.Process, 'on' | 'off'>;
    const prompter = plainPrompter({ input, output, signals });
    input.write('1\n');
    const state = initialState(answersOf(sampleInterview()), { step: 'interviewers', index: 0 });
    expect(await askInterviewerList(state, prompter)).toEqual({ type: 'interviewers-done' });
    const lines = output.text().split('\n');
    expect(lines.filter((line) => /^ {2}- /.test(line))).toEqual([
      '  - Priya Raghunathan, Engineering Manager (e-mail priya@acme.example)',
      '  - Sam Ortiz, Staff Engineer (phone +1 555 0101)',
    ]);
    expect(lines.filter((line) => /^ {2}\d+\) /.test(line)).map((line) => line.match(/^ {2}(\d+)\)/)![1])).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
    ]);
  });
});

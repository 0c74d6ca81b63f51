import { describe, expect, it } from 'vitest';
import { runReview, type ReviewDeps } from '../../../src/line/review.js';
import type { Finding, Interview, Note, SentEntry } from '../../../src/model/types.js';
import { answersOf } from '../../../src/session/index.js';
import { sampleInterview } from '../../helpers/sample-interview.js';
import { scriptedReviewDeps } from '../../helpers/line-review-deps.js';
import { NOW, scheduleLines, scripted, stubNotes } from './script.js';

function reviewDeps(play: ReturnType<typeof scripted>, recorded: SentEntry[], findings: readonly Finding[] = []): ReviewDeps {
  const notesFor = async (interview: Interview) => stubNotes(interview);
  const schedule = scheduleLines;
  return scriptedReviewDeps(play, recorded, { notesFor, schedule, findings, now: NOW });
}

describe('line mode review', () => {
  it('prints the schedule again once a note is marked sent, without that note', async () => {
    const play = scripted([
      { choose: 'What next?', answer: 'copy:0' },
      { confirm: 'Are all three true?', answer: true },
      { confirm: 'Mark it as sent', answer: true },
      { choose: 'What next?', answer: 'finish' },
    ]);
    const recorded: SentEntry[] = [];
    const interview = sampleInterview();
    expect(await runReview(interview, answersOf(interview), reviewDeps(play, recorded))).toEqual({ type: 'finish' });
    expect(play.left()).toBe(0);
    const marked = play.printed.indexOf('Marked as sent: the thank-you note to Priya Raghunathan (note 1).');
    expect(play.printed.slice(marked)).toEqual([
      'Marked as sent: the thank-you note to Priya Raghunathan (note 1).',
      '\nSchedule:',
      '  thank-you to Sam Ortiz: due today',
      '  follow-up to Priya Raghunathan: not before Monday, December 7, 2026',
      '  follow-up call to Sam Ortiz: not before Monday, December 7, 2026',
    ]);
    expect(play.printed.slice(0, marked)).toContain('  thank-you to Priya Raghunathan and Sam Ortiz: due today');
    expect(recorded.map((entry) => [entry.kind, entry.to])).toEqual([['thank-you', 'Priya Raghunathan']]);
  });

  it('speaks of the call for a call script: no subject to copy, make the call, then mark it made', async () => {
    const play = scripted([
      { choose: 'What next?', answer: 'copy:1' },
      { confirm: 'Are all three true?', answer: true },
      { confirm: 'Have you made the call? Mark it as made (recorded with the time)?', answer: true },
      { choose: 'What next?', answer: 'finish' },
    ]);
    const recorded: SentEntry[] = [];
    const interview = sampleInterview();
    const call: Note = {
      kind: 'thank-you',
      to: 'Sam Ortiz',
      address: '+1 555 0101',
      by: 'phone',
      subject: 'Thank-you call: Senior Backend Engineer interview',
      body: 'Hello Sam, this is Jordan Lee.\n\nThank you for our talk.\n',
      attachments: [],
    };
    const deps = reviewDeps(play, recorded);
    const mail = (await deps.notesFor(interview))[0]!;
    await runReview(interview, answersOf(interview), { ...deps, notesFor: async () => [mail, call] });
    expect(play.left()).toBe(0);
    expect(play.offered[0]!.labels).toContain('Copy the subject line of note 1');
    expect(play.offered[0]!.labels).not.toContain('Copy the subject line of note 2');
    expect(play.printed).toContain(
      'Copied (system clipboard): make the call and read the script out, or leave it as a voicemail.',
    );
    expect(play.printed).toContain('Marked as made: the thank-you call to Sam Ortiz (call 2).');
    expect(recorded.map((entry) => [entry.kind, entry.to])).toEqual([['thank-you', 'Sam Ortiz']]);
  });

  it.each([false, true])('asks before recording a note the checklist calls early, default no (answer %s)', async (yes) => {
    const early: Finding = { rule: 'too-early', severity: 'warning', message: 'Hold it.', line: 1, column: 1, excerpt: 'Dear' };
    const play = scripted([
      { choose: 'What next?', answer: 'copy:0' },
      { confirm: 'Are all three true?', answer: true },
      {
        confirm:
          'The checklist says this note is early (too-early): recorded as sent, it tells the schedule the wait is over. Mark it as sent anyway?',
        answer: yes,
      },
      { choose: 'What next?', answer: 'finish' },
    ]);
    const recorded: SentEntry[] = [];
    const interview = sampleInterview();
    await runReview(interview, answersOf(interview), reviewDeps(play, recorded, [early]));
    expect(play.left()).toBe(0);
    expect(recorded.map((entry) => entry.to)).toEqual(yes ? ['Priya Raghunathan'] : []);
  });

  it('offers Edit only for a note not sent yet, as the review core decides, and opens no editor for a sent one', async () => {
    const play = scripted([
      { choose: 'What next?', answer: 'edit:1' },
      { choose: 'What next?', answer: 'copy:1' },
      { confirm: 'Mark it as sent', answer: true },
      { choose: 'What next?', answer: 'finish' },
    ]);
    const opened: string[] = [];
    const saved: string[] = [];
    const sent: SentEntry = { kind: 'thank-you', to: 'Priya Raghunathan', at: '2026-11-24T17:00:00.000Z' };
    const interview = { ...sampleInterview(), sent: [sent] };
    const deps: ReviewDeps = {
      ...reviewDeps(play, []),
      editText: async (text) => {
        opened.push(text.split('\n')[2]!);
        return { kind: 'edited', text: text.replace('thank you', 'many thanks') };
      },
      saveEdit: async (_interview, edit) => void saved.push(edit.to),
    };
    await runReview(interview, answersOf(interview), deps);
    expect(play.left()).toBe(0);
    const edits = play.offered.map(({ labels }) => labels.filter((label) => label.startsWith('Edit ')));
    // Priya's thank-you went out before the review; Sam's goes out in it, and is not offered after.
    expect(edits).toEqual([['Edit note 2 in vi'], ['Edit note 2 in vi'], []]);
    // Sam's thank-you, not sent yet when edited: it opens and is saved as before.
    expect(opened).toEqual(['Dear Sam Ortiz,']);
    expect(saved).toEqual(['Sam Ortiz']);
    expect(play.printed.filter((line) => line.startsWith('Opening vi'))).toHaveLength(1);
  });
});

describe('line mode review of a saved interview', () => {
  it('offers the first note still to send as the default, not note 1 that has gone', async () => {
    const play = scripted([{ choose: 'What next?', answer: 'finish' }]);
    const sent: SentEntry = { kind: 'thank-you', to: 'Priya Raghunathan', at: '2026-11-24T17:00:00.000Z' };
    const interview = sampleInterview({ sent: [sent] });
    await runReview(interview, answersOf(interview), reviewDeps(play, []));
    expect(play.initials).toEqual(['copy:1']);
  });

  it('with every note sent, Enter still takes a note, the one on screen', async () => {
    const play = scripted([{ choose: 'What next?', answer: 'finish' }]);
    const at = '2026-11-24T17:00:00.000Z';
    const interview = sampleInterview({
      sent: [
        { kind: 'thank-you', to: 'Priya Raghunathan', at },
        { kind: 'thank-you', to: 'Sam Ortiz', at },
      ],
    });
    await runReview(interview, answersOf(interview), reviewDeps(play, []));
    expect(play.initials).toEqual(['copy:0']);
  });
});

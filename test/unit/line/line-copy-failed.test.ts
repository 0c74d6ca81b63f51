import { describe, expect, it } from 'vitest';
import { runReview } from '../../../src/line/review.js';
import type { Interview, SentEntry } from '../../../src/model/types.js';
import { answersOf } from '../../../src/session/index.js';
import { sampleInterview } from '../../helpers/sample-interview.js';
import { scriptedReviewDeps } from '../../helpers/line-review-deps.js';
import { NOW, scheduleLines, scripted, stubNotes } from './script.js';

const notesFor = async (interview: Interview) => stubNotes(interview);
const schedule = scheduleLines;

describe('line review: after a failed copy', () => {
  it.each([
    [false, []],
    [true, ['Priya Raghunathan']],
  ])('asks whether it was sent by hand, Enter meaning no (answer %s)', async (yes, marked) => {
    const play = scripted([
      { choose: 'What next?', answer: 'copy:0' },
      { confirm: 'Are all three true?', answer: true },
      { confirm: 'Have you copied it by hand and sent it? Mark it as sent (recorded with the time)?', answer: yes },
      { choose: 'What next?', answer: 'finish' },
    ]);
    const recorded: SentEntry[] = [];
    const interview = sampleInterview();
    const deps = {
      ...scriptedReviewDeps(play, recorded, { notesFor, schedule, now: NOW }),
      copy: async () => ({ method: 'none' as const, problem: 'no clipboard on this terminal' }),
    };
    await runReview(interview, answersOf(interview), deps);
    expect(play.left()).toBe(0);
    expect(play.printed).toContain('Could not copy: no clipboard on this terminal. Here is the note to copy by hand:');
    // The yes-or-no questions: the manual checks, then whether it was sent.
    expect(play.confirmDefaults).toEqual([false, false]);
    expect(recorded.map((entry) => entry.to)).toEqual(marked);
  });

  it('still offers Yes by default after a copy that worked', async () => {
    const play = scripted([
      { choose: 'What next?', answer: 'copy:0' },
      { confirm: 'Are all three true?', answer: true },
      { confirm: 'Mark it as sent (recorded with the time)?', answer: true },
      { choose: 'What next?', answer: 'finish' },
    ]);
    const interview = sampleInterview();
    await runReview(interview, answersOf(interview), scriptedReviewDeps(play, [], { notesFor, schedule, now: NOW }));
    expect(play.confirmDefaults).toEqual([false, true]);
  });
});

// The line review says, as the Ink review does, that a follow-up to someone no thank-you is on
// record for quotes none, and how to record one sent another way.
import { describe, expect, it } from 'vitest';
import { followUpNotes } from '../../../src/compose/compose.js';
import { runReview } from '../../../src/line/review.js';
import type { SentEntry } from '../../../src/model/types.js';
import { answersOf } from '../../../src/session/index.js';
import { scriptedReviewDeps } from '../../helpers/line-review-deps.js';
import { sampleInterview } from '../../helpers/sample-interview.js';
import { thanked } from '../../helpers/thanked.js';
import { NOW, scripted } from './script.js';

const ADVICE =
  'No thank-you to Priya Raghunathan is on record, so this follow-up quotes none and thanks them for the interview itself. If you sent one another way, record it with followup-coach sent before you copy this.';

async function printedFor(interview: ReturnType<typeof sampleInterview>): Promise<string> {
  const play = scripted([{ choose: 'What next?', answer: 'finish' }]);
  const recorded: SentEntry[] = [];
  const deps = scriptedReviewDeps(play, recorded, {
    notesFor: async (saved) => followUpNotes(saved),
    schedule: async () => [],
    findings: [],
    now: NOW,
  });
  await runReview(interview, answersOf(interview), deps);
  expect(play.left()).toBe(0);
  return play.printed.join('\n');
}

describe('the line review of a follow-up with no thank-you on record', () => {
  it('prints the advice under its heading', async () => {
    expect(await printedFor(sampleInterview())).toContain(ADVICE);
  });

  it('prints none once the thank-you is on record', async () => {
    expect(await printedFor(thanked(sampleInterview()))).not.toContain('No thank-you to');
  });
});

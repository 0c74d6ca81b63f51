// A new interview for a role already saved: the line mode asks whether it is the next round.
import { describe, expect, it } from 'vitest';
import { runLineSession } from '../../../src/line/index.js';
import { answersOf, draftOf, initialState, newsMessages } from '../../../src/session/index.js';
import { sampleInterview } from '../../helpers/sample-interview.js';
import { context, memoryDeps, scripted } from './script.js';

const FIRST = sampleInterview();
// The second interview: the same company and role, someone new, a week later.
const SECOND = sampleInterview({
  date: '2026-11-25',
  interviewers: [{ name: 'Lena Fischer', title: 'CTO', email: 'lena@acme.example', medium: 'email', topics: ['the roadmap'] }],
});
const atReview = draftOf(initialState(answersOf(SECOND), { step: 'review', index: 0 }), null);

describe('line mode: rounds', () => {
  it.each([
    [true, `${FIRST.id}-round-2`],
    [false, `${FIRST.id}-2`],
  ])('answering %s saves it as %s', async (yes, id) => {
    const { deps, saved } = memoryDeps(atReview, [FIRST]);
    const play = scripted([
      { confirm: 'You have an unfinished interview (Acme Robotics). Pick up where you left off?', answer: true },
      { confirm: newsMessages.roundQuestion('Acme Robotics', 'Senior Backend Engineer'), answer: yes },
      { choose: 'What next?', answer: 'finish' },
    ]);
    expect(await runLineSession(context, deps, play.prompter)).toBe(0);
    expect(play.left()).toBe(0);
    expect(saved.interviews.map((i) => i.id)).toEqual([FIRST.id, id]);
    expect(saved.interviews.find((i) => i.id === id)?.round).toBe(yes ? 2 : undefined);
  });
});

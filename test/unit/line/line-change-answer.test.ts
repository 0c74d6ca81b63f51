// Line mode, changing an answer from the review, with the real session deps over a real store
// in a temp folder (test/support/store-at-review.ts, as the Ink test's): the hand edit is put to
// the user (kept, or replaced by the new text), and the note already sent is shown as it was
// sent, with its "sent" line.
import { describe, expect, it } from 'vitest';
import { runLineSession } from '../../../src/line/index.js';
import { EDITED, SAM_SENT, storeAtReview } from '../../support/store-at-review.js';
import { context, scripted, type Step } from './script.js';

const CHANGE_ROLE: Step[] = [
  { confirm: 'You have an unfinished interview', answer: true },
  { choose: 'What next?', answer: 'change' },
  { choose: 'Which answer?', answer: 'interview.role' },
  { text: 'Role', answer: 'Staff Engineer' },
];

describe('line mode: changing an answer keeps what you wrote and what you sent', () => {
  it.each([
    ['keep', [['Priya Raghunathan', EDITED]]],
    ['new', []],
  ] as const)('%s', async (choice, edits) => {
    const { deps, saved: stored } = await storeAtReview();
    const play = scripted([
      ...CHANGE_ROLE,
      { choose: 'Keep your edit, or use the new text?', answer: choice },
      { choose: 'What next?', answer: 'finish' },
    ]);
    expect(await runLineSession(context, deps, play.prompter)).toBe(0);
    expect(play.left()).toBe(0);
    const out = play.printed.join('\n');
    const asked = play.printed.indexOf(
      '\nYour answers changed, and you had edited the thank-you note for Priya Raghunathan by hand.',
    );
    expect(asked).toBeGreaterThan(0);
    // Each with its subject line, which a corrected role may be all that changes.
    expect(play.printed.slice(asked + 1, asked + 3)).toEqual(['-- Your edit --', `Subject: Thank you, Priya\n\n${EDITED}`]);
    expect(play.printed[asked + 3]).toBe('-- The new text --');
    expect(play.printed[asked + 4]).toMatch(/^Subject: [^\n]*Staff Engineer[^\n]*\n\n/);
    expect(play.printed[asked + 4]).toContain('Staff Engineer');
    expect(play.printed[asked + 4]).not.toContain('My own words');
    // The review shown after the change: Priya's note as chosen, Sam's as it was sent.
    const after = play.printed.slice(asked + 5).join('\n');
    const priya = after.slice(0, after.indexOf('-- Note 2 of 2'));
    if (choice === 'keep') expect(priya).toContain(`Subject: Thank you, Priya\n\n${EDITED}`);
    else expect([priya.includes('My own words'), priya.includes('Staff Engineer')]).toEqual([false, true]);
    const sam = after.slice(after.indexOf('-- Note 2 of 2:'));
    // The real deps write days as the user's locale does, the year left out in the clock's own;
    // Sam phoned, so his thank-you on record is a call made.
    expect(sam.split('\n')[1]).toBe('Called Tuesday, November 24.');
    expect(sam).toContain(SAM_SENT);
    expect(out).toContain('Saved as acme-robotics-senior-backend-engineer.');
    // Sam's note went out under the id: it stays, and the session says why once.
    expect(play.printed.filter((line) => line.startsWith('The id stays'))).toEqual([
      'The id stays acme-robotics-senior-backend-engineer, since a note of this interview was marked sent; the notes use the new answers.',
    ]);
    const saved = await stored();
    expect(saved.role).toBe('Staff Engineer');
    expect((saved.edits ?? []).map((e) => [e.to, e.body])).toEqual(edits);
    expect(saved.sent.map((e) => [e.to, e.body])).toEqual([['Sam Ortiz', SAM_SENT]]);
  });
});

// A note scrolled down says what it scrolled past, on the row between the status and the note.
// A trial scrolled to the checklist, fixed its error in the editor, and came back to a note one
// line taller than the screen: still scrolled by one, it showed a blank where "Subject: ..." had
// been, and nothing said the subject was only above the fold.
import { describe, expect, it } from 'vitest';
import type { Interview, Note } from '../../src/model/types.js';
import { emptyWorld, worldDeps } from '../support/fake-world.js';
import { KEY, typeAndWait, waitFor } from './helpers.js';
import { renderReview } from './render-review.js';

const notes = (interview: Interview): Note[] => [
  {
    kind: 'thank-you',
    to: interview.interviewers[0]!.name,
    address: interview.interviewers[0]!.email,
    subject: 'Thank you',
    body: Array.from({ length: 40 }, (_, at) => `Line ${at + 1} of a long note.`).join('\n'),
    attachments: [],
  },
];
const open = () => renderReview({ deps: worldDeps(emptyWorld(), { notes }), columns: 80, rows: 24 });
/** The row after the checklist's status line (the third of the screen). */
const rowUnderStatus = (frame: string) => frame.split('\n')[3];

describe('review: a note scrolled down', () => {
  it('says how many lines are above it, and is blank again back at the top', async () => {
    const app = open();
    const top = await waitFor(app, 'Subject: Thank you');
    expect(rowUnderStatus(top)?.trim()).toBe('');
    expect(top.split('\n')[4]).toBe('Subject: Thank you');

    const one = await typeAndWait(app, KEY.down);
    expect(one).not.toContain('Subject: Thank you');
    expect(rowUnderStatus(one)).toBe('↑ 1 more line');
    expect(one.split('\n')[4]?.trim()).toBe('');

    const three = await typeAndWait(app, KEY.down.repeat(2));
    expect(rowUnderStatus(three)).toBe('↑ 3 more lines');
    expect(three.split('\n')[4]).toBe('Line 2 of a long note.');

    // The screen keeps its height: the row was the blank margin before.
    expect(three.split('\n')).toHaveLength(top.split('\n').length);
    const back = await typeAndWait(app, KEY.up.repeat(3));
    expect(back).toBe(top);
    app.unmount();
  });
});

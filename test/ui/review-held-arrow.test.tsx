// A held arrow key in the review: the terminal repeats it faster than frames are drawn, so
// several presses arrive in one read. Each one moves once: four downs in one read show what four
// downs pressed one at a time show, and so do the ups after them.
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
/** The first line of the note on screen. */
const firstLine = (frame: string) => /Line \d+ of a long note\./.exec(frame)?.[0];

describe('review: a held arrow key', () => {
  it('scrolls once per press when several arrive in one read', async () => {
    // One press at a time, each waited for: where four downs, then two ups, leave the note.
    const single = open();
    await waitFor(single, 'Line 1 of a long note.');
    let frame = '';
    for (let n = 0; n < 4; n++) frame = await typeAndWait(single, KEY.down);
    const afterDowns = frame;
    for (let n = 0; n < 2; n++) frame = await typeAndWait(single, KEY.up);
    const afterUps = frame;
    single.unmount();
    expect([firstLine(afterDowns), firstLine(afterUps)]).toEqual(['Line 3 of a long note.', 'Line 1 of a long note.']);

    // The same presses, four and then two in one read each, as a held key sends them.
    const held = open();
    await waitFor(held, 'Line 1 of a long note.');
    held.stdin.write(KEY.down.repeat(4));
    await waitFor(held, (shown) => shown === afterDowns);
    held.stdin.write(KEY.up.repeat(2));
    await waitFor(held, (shown) => shown === afterUps);
    held.unmount();
  });
});

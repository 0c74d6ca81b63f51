// The review says how each note goes out: a call script shows the number to dial (or that there
// is none), and copying a note that says it attaches the resume names the file to attach.
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import type { Interview, Note } from '../../src/model/types.js';
import { answersOf, draftOf, initialState } from '../../src/session/index.js';
import { App } from '../../src/ui/app.js';
import { sampleInterview } from '../helpers/sample-interview.js';
import { KEY, typeAndWait, waitFor } from './helpers.js';
import { emptyWorld, worldDeps } from '../support/fake-world.js';

const notes = (interview: Interview): Note[] => [
  {
    kind: 'follow-up',
    to: 'Priya Raghunathan',
    address: 'priya@acme.example',
    subject: 'Re: Thank you',
    body: 'Dear Priya,\n\nI have attached my resume again (Jordan-Lee-Resume.pdf).\n\nBest regards,\nJordan Lee',
    attachments: ['Jordan-Lee-Resume.pdf'],
  },
  {
    kind: 'thank-you',
    to: 'Sam Ortiz',
    by: 'phone',
    subject: 'Thank-you call',
    body: `Hello Sam, this is ${interview.candidate.name}, at +1, 555, 0100.\n\nThank you for our talk.\n\nAgain, +1, 555, 0100.`,
    attachments: [],
  },
];

/** The same notes, with Sam's number on file: the script is ready for the call. */
const withNumber = (interview: Interview): Note[] =>
  notes(interview).map((note) => (note.by === 'phone' ? { ...note, address: '+1 555 0101' } : note));

describe('the review and how each note goes out', () => {
  it('names the file to attach when the copied note attaches one, and a call with no number says so', async () => {
    const world = emptyWorld({ draft: draftOf(initialState(answersOf(sampleInterview()), { step: 'review', index: 0 })) });
    const app = render(<App deps={worldDeps(world, { notes })} />);
    await waitFor(app, 'Pick up where you left off?');
    await typeAndWait(app, KEY.enter);
    await waitFor(app, 'Note 1 of 2');
    await typeAndWait(app, 'c');
    await waitFor(app, 'Before your first copy, three things only you can check:');
    await typeAndWait(app, 'y');
    await waitFor(app, 'attaches Jordan-Lee-Resume.pdf: attach it before you send.');
    await typeAndWait(app, KEY.right);
    expect(await waitFor(app, 'Note 2 of 2')).toContain('· no phone number on file');
    app.unmount();
  });

  it('after copying a call script, speaks of the call: make it, read it out, then mark it made', async () => {
    const world = emptyWorld({ draft: draftOf(initialState(answersOf(sampleInterview()), { step: 'review', index: 0 })) });
    const app = render(<App deps={worldDeps(world, { notes: withNumber })} />);
    await waitFor(app, 'Pick up where you left off?');
    await typeAndWait(app, KEY.enter);
    await waitFor(app, 'Note 1 of 2');
    await typeAndWait(app, KEY.right);
    await waitFor(app, 'Note 2 of 2');
    await typeAndWait(app, 'u');
    expect(await waitFor(app, 'A call script has no subject line')).toContain('c copies the script.');
    expect(world.copied).toEqual([]);
    await typeAndWait(app, 'c');
    await waitFor(app, 'Before your first copy, three things only you can check:');
    await typeAndWait(app, 'y');
    // The frame wraps the line at the terminal's width: read it as one.
    const copied = (await waitFor(app, 'Copied to the clipboard')).replace(/\s+/g, ' ');
    expect(copied).toContain(
      'Copied to the clipboard: keep the script in front of you, make the call and read it out (or leave it as a voicemail), then press s to mark the call made.',
    );
    expect(copied).not.toContain('into your mail');
    await typeAndWait(app, 's');
    expect(await waitFor(app, 'Marked the call as made')).toContain('Marked the call as made on Wednesday, November 25, 2026.');
    app.unmount();
  });
});

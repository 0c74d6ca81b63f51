import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { REVIEW, answersOf, draftOf, initialState } from '../../src/session/index.js';
import { App } from '../../src/ui/app.js';
import { sampleInterview } from '../helpers/sample-interview.js';
import { KEY, answer, choose, typeAndWait, waitFor } from './helpers.js';
import { emptyWorld, worldDeps } from '../support/fake-world.js';

/** Resumes a draft that stands on the interviewer list with Priya and Sam on it. */
async function atList(
  world = emptyWorld({ draft: draftOf(initialState(answersOf(sampleInterview()), { step: 'interviewers', index: 0 })) }),
) {
  const app = render(<App deps={worldDeps(world)} />);
  await waitFor(app, 'Pick up where you left off?');
  await typeAndWait(app, KEY.enter);
  await waitFor(app, '3/5 Interviewers');
  return { app, world };
}

describe('the interviewer list', () => {
  it('lists everyone with their topics, and adds a third person', async () => {
    const { app } = await atList();
    const list = await waitFor(app, '2. Sam Ortiz, Staff Engineer (1 topic)');
    expect(list).toContain('1. Priya Raghunathan, Engineering Manager (2 topics)');
    await choose(app, 'Add an interviewer');
    await waitFor(app, '3/5 Interviewers · interviewer 3');
    for (const [label, text] of [
      ['Name', 'Zoë Martin 🎉'],
      ['How do you greet them?', ''],
      ['Title', 'Designer'],
      ['E-mail', 'zoe@acme.example'],
      ['Phone', ''],
    ] as const) {
      await waitFor(app, (frame) => frame.split('\n').some((line) => line.trim() === label));
      await answer(app, text);
    }
    await waitFor(app, 'How did they reach you?');
    await typeAndWait(app, KEY.enter); // E-mail
    await waitFor(app, 'Topics you discussed');
    await answer(app, 'the design system');
    await waitFor(app, '1. the design system');
    await answer(app, '');
    await waitFor(app, 'A personal detail');
    await answer(app, '');
    await waitFor(app, 'Something to add or send them');
    await answer(app, '');
    expect(await waitFor(app, '3. Zoë Martin 🎉, Designer (1 topic)')).toContain('Remove Zoë Martin 🎉');
    app.unmount();
  });

  it('edits a person: their answers come back filled in', async () => {
    const { app } = await atList();
    await choose(app, 'Edit Sam Ortiz');
    expect(await waitFor(app, '3/5 Interviewers · Sam Ortiz')).toContain('Sam Ortiz');
    await typeAndWait(app, '\u0015');
    await answer(app, 'Samuel Ortiz');
    // The greeting follows the corrected name, since it was the derived one.
    expect(await waitFor(app, 'How do you greet them?')).toContain('› Samuel');
    await answer(app, '');
    expect(await waitFor(app, 'Title')).toContain('Staff Engineer');
    app.unmount();
  });

  it('removes a person, and refuses to go on with nobody', async () => {
    const { app } = await atList();
    await choose(app, 'Remove Priya Raghunathan');
    const removed = await waitFor(app, (frame) => !frame.includes('Priya'));
    expect(removed).toContain('1. Sam Ortiz');
    await choose(app, 'Remove Sam Ortiz');
    await waitFor(app, 'Nobody yet.');
    await typeAndWait(app, KEY.enter);
    await waitFor(app, '✖ Add at least one interviewer: every person you met gets a note of their own.');
    app.unmount();
  });

  it('Esc from the first question of a new person returns to the list without a blank entry', async () => {
    const { app } = await atList();
    await choose(app, 'Add an interviewer');
    await waitFor(app, 'interviewer 3');
    await typeAndWait(app, KEY.esc);
    const back = await waitFor(app, '2. Sam Ortiz');
    expect(back).not.toContain('3.');
    app.unmount();
  });
});

describe('home', () => {
  it('with saved interviews, offers a new interview or the notes of a saved one', async () => {
    const world = emptyWorld({ interviews: [sampleInterview()] });
    const app = render(<App deps={worldDeps(world)} />);
    const home = await waitFor(app, 'What would you like to do?');
    expect(home).toContain('Start a new interview');
    expect(home).toContain('Notes for Acme Robotics, Senior Backend Engineer');
    await choose(app, 'Notes for Acme Robotics');
    expect(await waitFor(app, 'Note 1 of 2')).toContain('Thank-you to Priya Raghunathan');
    app.unmount();
  });

  it('opening an old interview keeps the saved profile; changing your details there saves them', async () => {
    const profile = { ...sampleInterview().candidate, phone: '+1 555 0199' };
    const world = emptyWorld({ candidate: profile, interviews: [sampleInterview()] });
    const app = render(<App deps={worldDeps(world)} />);
    await waitFor(app, 'What would you like to do?');
    await choose(app, 'Notes for Acme Robotics');
    await waitFor(app, 'Note 1 of 2');
    // A wrong save would have been started on opening; the fake world saves in promises alone, so
    // by the time a later key has drawn its frame, it would have landed. This checks that none did.
    await typeAndWait(app, 'n');
    await waitFor(app, 'Note 2 of 2');
    // The interview still has the old number; the profile keeps the new one.
    expect(world.candidate).toEqual(profile);
    // Change the phone from the review: that is the user's own new answer, so it is kept.
    await typeAndWait(app, 'a');
    await waitFor(app, 'Which answer do you want to change?');
    await choose(app, 'phone');
    await waitFor(app, 'Your phone');
    await typeAndWait(app, '\u0015');
    await waitFor(app, (frame) => frame.includes('Your phone') && !frame.includes('+1 555 0100'));
    await answer(app, '+1 555 0142');
    // Back on the note the user was on when they went to change the answer.
    await waitFor(app, 'Note 2 of 2');
    await waitFor(app, () => world.candidate?.phone === '+1 555 0142');
    app.unmount();
  });

  it('resuming the draft of an old interview keeps the saved profile too', async () => {
    const interview = sampleInterview();
    const profile = { ...interview.candidate, phone: '+1 555 0199' };
    const draft = draftOf(initialState(answersOf(interview), REVIEW), interview.id);
    const world = emptyWorld({ candidate: profile, interviews: [interview], draft });
    const app = render(<App deps={worldDeps(world)} />);
    await waitFor(app, 'Pick up where you left off?');
    await typeAndWait(app, KEY.enter);
    await waitFor(app, 'Note 1 of 2');
    // As above: a later key's frame comes after any save started on resuming.
    await typeAndWait(app, 'n');
    await waitFor(app, 'Note 2 of 2');
    expect(world.candidate).toEqual(profile);
    app.unmount();
  });
});

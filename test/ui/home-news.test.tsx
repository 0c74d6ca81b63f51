// The Ink home offers what `status`, `sent` and `prep` do, and the review's `r` key writes the
// reminders: driven with keys, over in-memory effects.
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { PREP_TITLE, answersOf, draftOf, initialState } from '../../src/session/index.js';
import { App } from '../../src/ui/app.js';
import { sampleInterview } from '../helpers/sample-interview.js';
import { KEY, typeAndWait, waitFor } from './helpers.js';
import { emptyWorld, worldDeps } from '../support/fake-world.js';

// Home lists: new interview, the notes of the saved one, its news, delete, the prep card.
async function pick(app: ReturnType<typeof render>, downs: number) {
  await waitFor(app, 'What would you like to do?');
  for (let i = 0; i < downs; i += 1) await typeAndWait(app, KEY.down);
  await typeAndWait(app, KEY.enter);
}

describe('home: news and the prep card', () => {
  it('records a no and who told it, then shows home again with what comes next', async () => {
    const world = emptyWorld({ interviews: [sampleInterview()] });
    const app = render(<App deps={worldDeps(world)} />);
    expect(await waitFor(app, 'What would you like to do?')).toContain(
      'Record news: Acme Robotics, Senior Backend Engineer (their answer, or a note you sent yourself)',
    );
    await pick(app, 2);
    expect(await waitFor(app, 'What happened?')).toContain('They told me I am not the final choice');
    await typeAndWait(app, KEY.enter);
    const told = await waitFor(app, 'Who told you?');
    expect(told).toContain('Dana Kim');
    await typeAndWait(app, KEY.down);
    await typeAndWait(app, KEY.down);
    await typeAndWait(app, KEY.enter);
    const home = await waitFor(app, 'Recorded for Acme Robotics: not selected this time.');
    expect(home).toContain('What would you like to do?');
    expect(world.interviews[0]).toMatchObject({ status: 'not-selected', toldBy: 'Dana Kim', statusOn: '2026-11-25' });
    app.unmount();
  });

  it('Esc leaves the news unrecorded', async () => {
    const world = emptyWorld({ interviews: [sampleInterview()] });
    const app = render(<App deps={worldDeps(world)} />);
    await pick(app, 2);
    await waitFor(app, 'What happened?');
    await typeAndWait(app, KEY.esc);
    await waitFor(app, 'What would you like to do?');
    expect(world.interviews[0]!.status).toBe('waiting');
    app.unmount();
  });

  it('shows the prep card, and Enter goes back', async () => {
    const app = render(<App deps={worldDeps(emptyWorld({ interviews: [sampleInterview()] }))} />);
    await pick(app, 4);
    const card = await waitFor(app, PREP_TITLE);
    expect(card).toContain("Each one's e-mail address");
    await typeAndWait(app, KEY.enter);
    await waitFor(app, 'What would you like to do?');
    app.unmount();
  });
});

describe('the review: r writes the reminders', () => {
  it('writes the calendar for the interview on screen and says where', async () => {
    const world = emptyWorld({ interviews: [sampleInterview()] });
    const app = render(<App deps={worldDeps(world)} />);
    await pick(app, 1);
    await waitFor(app, 'Note 1 of 2');
    const after = await typeAndWait(app, 'r');
    // Wrapped at the test terminal's width: compare without the line breaks.
    expect(after.replace(/\s*\n\s*/g, ' ')).toContain(
      '2 reminders written to /calendars/acme-robotics-senior-backend-engineer.ics: import it into your calendar.',
    );
    expect(world.calendars).toEqual(['acme-robotics-senior-backend-engineer']);
    app.unmount();
  });
});

describe('rounds', () => {
  it('asks at the review whether a new interview for a saved role is its next round', async () => {
    const first = sampleInterview();
    const second = sampleInterview({
      date: '2026-11-25',
      interviewers: [
        { name: 'Lena Fischer', title: 'CTO', email: 'lena@acme.example', medium: 'email', topics: ['the roadmap'] },
      ],
    });
    const world = emptyWorld({
      interviews: [first],
      draft: draftOf(initialState(answersOf(second), { step: 'review', index: 0 }), null),
    });
    const app = render(<App deps={worldDeps(world)} />);
    await waitFor(app, 'Pick up where you left off?');
    await typeAndWait(app, KEY.enter);
    expect(await waitFor(app, 'Is this a later interview')).toContain('Yes: save it as the next round of that application');
    await typeAndWait(app, KEY.enter);
    await waitFor(app, 'Note 1 of 1');
    expect(world.interviews.map((i) => [i.id, i.round])).toEqual([
      [first.id, undefined],
      [`${first.id}-round-2`, 2],
    ]);
    app.unmount();
  });
});

describe('home: deleting a saved interview', () => {
  const LUMEN = sampleInterview({ id: 'lumen-health-data-engineer', company: 'Lumen Health', role: 'Data Engineer' });
  // Home: new, notes of Acme and Lumen, news of both, delete, prep.
  const DELETE_DOWNS = 5;

  it('asks which, starts the question on keeping it, and deletes only once told to', async () => {
    const world = emptyWorld({ interviews: [sampleInterview(), LUMEN] });
    const app = render(<App deps={worldDeps(world)} />);
    await pick(app, DELETE_DOWNS);
    const list = await waitFor(app, 'Which interview should be deleted?');
    expect(list).toContain('Lumen Health, Data Engineer (lumen-health-data-engineer)');
    await typeAndWait(app, KEY.down);
    const asked = await typeAndWait(app, KEY.enter);
    expect(asked.replace(/\s*\n\s*/g, ' ')).toContain(
      'Delete Lumen Health, Data Engineer (lumen-health-data-engineer), with its notes and the record of what was sent? This cannot be undone. ❯ Keep it Delete it',
    );
    // Enter on the first choice keeps it: back home, nothing deleted.
    await typeAndWait(app, KEY.enter);
    await waitFor(app, 'What would you like to do?');
    expect(world.interviews.map((i) => i.id)).toEqual(['acme-robotics-senior-backend-engineer', 'lumen-health-data-engineer']);

    await pick(app, DELETE_DOWNS);
    await waitFor(app, 'Which interview should be deleted?');
    await typeAndWait(app, KEY.down);
    await typeAndWait(app, KEY.enter);
    await waitFor(app, 'Keep it');
    await typeAndWait(app, KEY.down);
    await typeAndWait(app, KEY.enter);
    const home = await waitFor(app, 'Deleted Lumen Health, Data Engineer (lumen-health-data-engineer).');
    expect(home).toContain('What would you like to do?');
    expect(home).not.toContain('Notes for Lumen Health');
    expect(world.interviews.map((i) => i.id)).toEqual(['acme-robotics-senior-backend-engineer']);
    app.unmount();
  });

  it('Esc on the question goes back to the list, Esc on the list back home, deleting nothing', async () => {
    const world = emptyWorld({ interviews: [sampleInterview(), LUMEN] });
    const app = render(<App deps={worldDeps(world)} />);
    await pick(app, DELETE_DOWNS);
    await waitFor(app, 'Which interview should be deleted?');
    await typeAndWait(app, KEY.enter);
    await waitFor(app, 'Keep it');
    await typeAndWait(app, KEY.esc);
    await waitFor(app, 'Which interview should be deleted?');
    await typeAndWait(app, KEY.esc);
    await waitFor(app, 'What would you like to do?');
    expect(world.interviews).toHaveLength(2);
    app.unmount();
  });
});

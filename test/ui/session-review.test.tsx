import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import type { Finding, Interview, Note } from '../../src/model/types.js';
import { answersOf, draftOf, initialState } from '../../src/session/index.js';
import { App } from '../../src/ui/app.js';
import { sampleInterview } from '../helpers/sample-interview.js';
import { KEY, answer, belowRecap, choose, screen, typeAndWait, waitFor } from './helpers.js';
import { emptyWorld, worldDeps } from '../support/fake-world.js';

/** A world with an unfinished draft that stands on the review, answers complete. */
function atReview(overrides = {}) {
  const answers = answersOf(sampleInterview(overrides));
  return emptyWorld({ draft: draftOf(initialState(answers, { step: 'review', index: 0 })) });
}

async function resumeIt(app: ReturnType<typeof render>) {
  await waitFor(app, 'Pick up where you left off?');
  await typeAndWait(app, KEY.enter);
}

const blocking: Finding = {
  rule: 'group-note',
  severity: 'error',
  message: 'Write one note per person.',
  line: 3,
  column: 1,
  excerpt: 'Dear team',
};

describe('the review', () => {
  it('offers to resume an unfinished draft, and shows each interviewer their own note', async () => {
    const world = atReview();
    const app = render(<App deps={worldDeps(world)} />);
    expect(await waitFor(app, 'Pick up where you left off?')).toContain('unfinished interview (Acme Robotics)');
    await typeAndWait(app, KEY.enter);
    const first = await waitFor(app, 'Note 1 of 2');
    expect(first).toContain('Thank-you to Priya Raghunathan');
    expect(first).toContain('Dear Priya Raghunathan,');
    expect(first).toContain('moving telemetry ingestion to Kafka');
    expect(belowRecap(first)).not.toContain('Sam Ortiz');
    const second = await typeAndWait(app, KEY.right);
    // Sam used the phone and left no e-mail address: the note says so instead of an address.
    expect(second).toContain('Note 2 of 2 · Thank-you to Sam Ortiz · no e-mail address on file');
    expect(first).toContain('Thank-you to Priya Raghunathan <priya@acme.example>');
    expect(second).toContain("the robot fleet's OTA update pipeline");
    expect(belowRecap(second)).not.toContain('Priya');
    app.unmount();
  });

  it('holds back copying a note with an error until the override key, then records it as sent', async () => {
    const world = atReview();
    const deps = worldDeps(world, { check: (note) => (note.body.includes('Priya') ? [blocking] : []) });
    const app = render(<App deps={deps} />);
    await resumeIt(app);
    expect(await waitFor(app, '✖ 1 error')).toContain('group-note: Write one note per person.');
    const refused = await typeAndWait(app, 'c');
    expect(refused).toContain('Copying is held back');
    expect(refused).toContain('o override: copy anyway');
    expect(world.copied).toEqual([]);
    await typeAndWait(app, 'o');
    await waitFor(app, 'Before your first copy, three things only you can check:');
    expect(world.copied).toEqual([]);
    const copied = await typeAndWait(app, 'y');
    expect(copied).toContain('Copied to the clipboard');
    expect(world.copied).toHaveLength(1);
    expect(world.copied[0]).toContain('Dear Priya Raghunathan,');
    const sent = await typeAndWait(app, 's');
    expect(sent).toContain('Marked as sent on Wednesday, November 25, 2026');
    expect(world.sent).toEqual([
      expect.objectContaining({
        id: 'acme-robotics-senior-backend-engineer',
        entry: expect.objectContaining({
          kind: 'thank-you',
          to: 'Priya Raghunathan',
          at: '2026-11-25T09:00:00.000Z',
          method: 'clipboard',
        }),
      }),
    ]);
    app.unmount();
  });

  it('copies a clean note at once', async () => {
    const world = atReview();
    const app = render(<App deps={worldDeps(world)} />);
    await resumeIt(app);
    await waitFor(app, 'The checklist found nothing to fix');
    await typeAndWait(app, 'c');
    await typeAndWait(app, 'y');
    expect(world.copied).toHaveLength(1);
    app.unmount();
  });

  it('copies the subject line alone with u, and says a call script has none', async () => {
    const world = atReview();
    const notes = (interview: Interview): Note[] => [
      {
        kind: 'thank-you',
        to: 'Priya Raghunathan',
        subject: `Thank you: ${interview.role} interview`,
        body: 'Dear Priya Raghunathan,\n\nThank you.',
        attachments: [],
      },
      { kind: 'voicemail', to: 'Sam Ortiz', subject: '', body: 'Hi Sam, this is Jordan Lee.', attachments: [] },
    ];
    const app = render(<App deps={worldDeps(world, { notes })} />);
    await resumeIt(app);
    await waitFor(app, 'Note 1 of 2');
    expect(screen(app)).toContain('u\u00a0copy\u00a0subject');
    await typeAndWait(app, 'u');
    await waitFor(app, 'Subject line copied: paste it into the subject field, then press c for the note.');
    expect(world.copied).toEqual(['Thank you: Senior Backend Engineer interview']);
    await typeAndWait(app, KEY.right);
    await typeAndWait(app, 'u');
    await waitFor(app, 'A call script has no subject line: c copies the script.');
    expect(world.copied).toHaveLength(1);
    app.unmount();
  });

  it('asks the three manual checks before the first copy only: each key ticks one, and the third tick copies', async () => {
    const world = atReview();
    const app = render(<App deps={worldDeps(world)} />);
    await resumeIt(app);
    await waitFor(app, 'The checklist found nothing to fix');
    const asked = await typeAndWait(app, 'c');
    expect(asked).toContain('[ ] 1 The note sounds gracious and sincere, in your own voice.');
    expect(asked).toContain('[ ] 2 You went over your own notes from the meeting.');
    expect(asked).toContain('[ ] 3 Nobody will "swing by" or check in on your behalf.');
    expect(asked).toContain('y\u00a0all\u00a0three\u00a0are\u00a0true');
    // Esc puts it off: nothing copied, and the next c asks again.
    expect(await typeAndWait(app, KEY.esc)).not.toContain('Before your first copy');
    await typeAndWait(app, 'c');
    await typeAndWait(app, '2');
    await waitFor(app, '[x] 2 You went over your own notes from the meeting.');
    await typeAndWait(app, '1');
    expect(world.copied).toEqual([]);
    await typeAndWait(app, '3');
    await waitFor(app, 'Copied to the clipboard');
    expect(world.copied).toHaveLength(1);
    // Once a session is enough: the next note copies at once.
    await typeAndWait(app, KEY.right);
    const second = await typeAndWait(app, 'c');
    expect(second).not.toContain('Before your first copy');
    expect(world.copied).toHaveLength(2);
    expect(world.copied[1]).toContain('Dear Sam Ortiz,');
    app.unmount();
  });

  it('does not ask the manual checks again in a later session for a kind of note already sent', async () => {
    // Opened again from the home a day later: the thank-you to Priya went out in the first session.
    const sent = {
      kind: 'thank-you' as const,
      to: 'Priya Raghunathan',
      at: '2026-11-24T18:00:00.000Z',
      method: 'clipboard' as const,
    };
    const world = emptyWorld({ interviews: [{ ...sampleInterview(), sent: [sent] }] });
    const app = render(<App deps={worldDeps(world)} />);
    await waitFor(app, 'What would you like to do?');
    await choose(app, 'Notes for Acme Robotics');
    // It opens on the first note still to send: Sam's.
    await waitFor(app, 'Note 2 of 2');
    const copied = await typeAndWait(app, 'c');
    expect(copied).not.toContain('Before your first copy');
    await waitFor(app, 'Copied to the clipboard');
    expect(world.copied).toHaveLength(1);
    expect(world.copied[0]).toContain('Dear Sam Ortiz,');
    app.unmount();
  });

  it('edits a note in the editor: the checklist runs again on the edit and the edit is saved', async () => {
    const world = atReview();
    let given = '';
    const deps = worldDeps(world, {
      check: (note) => (note.body.includes('Dear team') ? [blocking] : []),
      edit: (text) => {
        given = text;
        return { kind: 'edited', text: text.replace('Dear Priya Raghunathan,', 'Dear team,') };
      },
    });
    const app = render(<App deps={deps} />);
    await resumeIt(app);
    await waitFor(app, 'The checklist found nothing to fix');
    const edited = await typeAndWait(app, 'e');
    const after = edited.includes('✖ 1 error') ? edited : await waitFor(app, '✖ 1 error');
    expect(given).toMatch(/^Subject: Thank you: Senior Backend Engineer interview\n\nDear Priya Raghunathan,/);
    expect(after).toContain('Dear team,');
    expect(after).toContain('(edited by you)');
    expect(world.edits).toEqual([
      expect.objectContaining({
        id: 'acme-robotics-senior-backend-engineer',
        edit: expect.objectContaining({ to: 'Priya Raghunathan', subject: 'Thank you: Senior Backend Engineer interview' }),
      }),
    ]);
    expect(world.edits[0]?.edit.body.startsWith('Dear team,')).toBe(true);
    app.unmount();
  });

  it('changes an answer from the review and every note follows', async () => {
    const world = atReview();
    const app = render(<App deps={worldDeps(world)} />);
    await resumeIt(app);
    await waitFor(app, 'Note 1 of 2');
    await typeAndWait(app, 'a');
    await waitFor(app, 'Which answer do you want to change?');
    await choose(app, 'Role');
    // The question itself, once the list has gone.
    await waitFor(
      app,
      (frame) => !frame.includes('Which answer do you want to change?') && frame.includes('Senior Backend Engineer'),
    );
    await typeAndWait(app, '\u0015');
    await answer(app, 'Staff Engineer');
    const frame = await waitFor(app, 'Subject: Thank you: Staff Engineer interview');
    expect(frame).toContain('Note 1 of 2');
    expect(world.interviews.map((i) => i.role)).toEqual(['Staff Engineer']);
    app.unmount();
  });
});

describe('nothing lost', () => {
  it('Ctrl-C saves the draft with the answers so far and reports a cancel', async () => {
    const world = emptyWorld();
    const app = render(<App deps={worldDeps(world)} />);
    await waitFor(app, 'Your name');
    await answer(app, 'Nguyễn Văn An');
    await typeAndWait(app, 'an@example.com');
    const before = world.drafts.length;
    app.stdin.write(KEY.ctrlC);
    // Ctrl-C writes the draft once more before it exits: that save is the one to read.
    await waitFor(app, () => world.drafts.length > before);
    const draft = world.draft as { answers: { candidate: { name: string } }; position: { step: string } };
    expect(draft.answers.candidate.name).toBe('Nguyễn Văn An');
    expect(draft.position.step).toBe('candidate.email');
    app.unmount();
  });

  it('saves the draft after every answer', async () => {
    const world = emptyWorld();
    const app = render(<App deps={worldDeps(world)} />);
    await waitFor(app, 'Your name');
    await answer(app, 'Jordan Lee');
    await answer(app, 'jordan@example.com');
    const steps = world.drafts.map((d) => (d as { position: { step: string } }).position.step);
    expect(steps).toContain('candidate.phone');
    await waitFor(app, 'Your phone');
    app.unmount();
  });
});

// The contract between the two front ends: the same scripted session, played through the Ink
// app and through the line mode in the same fake world (same clock, same notes), leaves the same
// store behind (ids and dates included) and copies the same note text. Both render one session
// core (src/session/guide.ts); this is what keeps them from drifting apart again.
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { runLineSession } from '../../src/line/index.js';
import type { NoteEdit } from '../../src/model/types.js';
import { REVIEW, answersOf, draftOf, initialState, type Answers } from '../../src/session/index.js';
import { App } from '../../src/ui/app.js';
import { sampleInterview } from '../helpers/sample-interview.js';
import { emptyWorld, worldDeps, type FakeWorld } from '../support/fake-world.js';
import { KEY, typeAndWait, waitFor } from './helpers.js';
import { lineSteps, playInk, until, type Move } from '../support/session-script.js';
import { context, scripted } from '../unit/line/script.js';

const NEW_INTERVIEW: readonly Move[] = [
  { text: 'candidate.name', value: 'Jordan Lee' },
  { text: 'candidate.email', value: 'jordan@example.com' },
  { text: 'candidate.phone', value: '+1 555 0100' },
  { text: 'candidate.signature', value: '' },
  { text: 'candidate.resume', value: '' },
  { text: 'interview.company', value: 'Acme Robotics' },
  { text: 'interview.role', value: 'Senior Backend Engineer' },
  { text: 'interview.date', value: 'yesterday' },
  { choose: 'interview.format', value: 'video' },
  { choose: 'interview.formality', value: 'first-names' },
  { text: 'interview.recruiter-name', value: '' },
  { text: 'interviewer.name', value: 'Priya Raghunathan' },
  { text: 'interviewer.greeting', value: 'Priya', prefilled: true },
  { text: 'interviewer.title', value: 'Engineering Manager' },
  { text: 'interviewer.email', value: 'priya@acme.example' },
  { text: 'interviewer.phone', value: '' },
  { choose: 'interviewer.medium', value: 'email' },
  { topics: ['moving telemetry ingestion to Kafka', 'how on-call works'] },
  { text: 'interviewer.detail', value: '' },
  { text: 'interviewer.addition', value: '' },
  { list: 'add' },
  { text: 'interviewer.name', value: 'Sam Ortiz' },
  { text: 'interviewer.greeting', value: 'Sam', prefilled: true },
  { text: 'interviewer.title', value: 'Staff Engineer' },
  { text: 'interviewer.email', value: 'sam@acme.example' },
  { text: 'interviewer.phone', value: '' },
  { choose: 'interviewer.medium', value: 'email' },
  { topics: ["the robot fleet's OTA update pipeline"] },
  { text: 'interviewer.detail', value: '' },
  { text: 'interviewer.addition', value: '' },
  { list: 'done' },
  { text: 'next.timeframe', value: 'by the end of next week' },
  { choose: 'next.not-selected', value: 'no' },
  { text: 'next.strength', value: '' },
  { choose: 'next.tone', value: 'warm' },
  { copyFirstAndMarkSent: true },
  { finish: true },
];

/**
 * The same interview where the recruiter, Dana Kim, asked for the notes to go through her: asked
 * once she has an address, right after it and her phone.
 */
const THROUGH_RECRUITER: readonly Move[] = NEW_INTERVIEW.flatMap((move): Move[] =>
  'text' in move && move.text === 'interview.recruiter-name'
    ? [
        { text: 'interview.recruiter-name', value: 'Dana Kim' },
        { text: 'interview.recruiter-email', value: 'dana.kim@acme.example' },
        { text: 'interview.recruiter-phone', value: '+1 555 0199' },
        { choose: 'interview.via', value: 'all' },
      ]
    : [move],
);

/** A draft that stopped at the first of the next steps, every earlier answer given. */
function draftBeforeNextSteps() {
  const full = answersOf(sampleInterview());
  const answers: Answers = { ...full, timeframeText: '', timeframeDate: null, tone: '', formality: 'first-names' };
  return draftOf(initialState(answers, { step: 'next.timeframe', index: 0 }));
}

const RESUME_AND_FINISH: readonly Move[] = [
  { text: 'next.timeframe', value: 'by the end of next week' },
  { choose: 'next.not-selected', value: 'no' },
  { text: 'next.strength', value: '' },
  { choose: 'next.tone', value: 'brief' },
  { copyFirstAndMarkSent: true },
  { finish: true },
];

const ID = 'acme-robotics-senior-backend-engineer';
const handEdit = (to: string): NoteEdit => ({
  kind: 'thank-you',
  to,
  subject: 'Thank you, in my words',
  body: `Dear ${to},\n\nMy own words.\n\nJordan Lee`,
  at: '2026-11-24T20:00:00.000Z',
});

/** The interview saved with both thank-yous edited by hand, and its draft standing at the review. */
function editedAtReview(): FakeWorld {
  const interview = sampleInterview({ edits: [handEdit('Priya Raghunathan'), handEdit('Sam Ortiz')] });
  return emptyWorld({
    candidate: interview.candidate,
    interviews: [interview],
    draft: draftOf(initialState(answersOf(interview), REVIEW), ID),
  });
}

/** The interview saved with Priya's thank-you already sent, and its draft standing at the review. */
function sentAtReview(): FakeWorld {
  const sent = { kind: 'thank-you' as const, to: 'Priya Raghunathan', at: '2026-11-24T18:00:00.000Z' };
  const interview = sampleInterview({ sent: [sent] });
  return emptyWorld({
    candidate: interview.candidate,
    interviews: [interview],
    draft: draftOf(initialState(answersOf(interview), REVIEW), ID),
  });
}

const EDIT_SENT_AND_FINISH: readonly Move[] = [{ editSentFirst: true }, { finish: true }];

// The role is in every note's subject: changing it puts both hand edits in question.
const CHANGE_ROLE_KEEP_ONE: readonly Move[] = [
  { change: 'interview.role', from: 'Senior Backend Engineer', value: 'Staff Engineer' },
  { keepEdit: 'new', to: 'Priya Raghunathan' },
  { keepEdit: 'keep', to: 'Sam Ortiz' },
  { finish: true },
];

async function throughInk(world: FakeWorld, moves: readonly Move[], resume: boolean, sent = 1): Promise<FakeWorld> {
  const app = render(<App deps={worldDeps(world)} />);
  if (resume) {
    await waitFor(app, 'Pick up where you left off?');
    await typeAndWait(app, KEY.enter);
  }
  await playInk(app, moves);
  // Finishing clears the draft, then the app exits: the store is complete once the draft is gone.
  await until(() => world.draft === null && world.sent.length === sent, 'the session to finish');
  app.unmount();
  return world;
}

async function throughLine(
  world: FakeWorld,
  moves: readonly Move[],
  resume: boolean,
): Promise<{ world: FakeWorld; offered: ReturnType<typeof scripted>['offered'] }> {
  const steps = lineSteps(moves);
  const play = scripted(
    resume
      ? [{ confirm: 'You have an unfinished interview (Acme Robotics). Pick up where you left off?', answer: true }, ...steps]
      : steps,
  );
  expect(await runLineSession(context, worldDeps(world), play.prompter)).toBe(0);
  expect(play.left()).toBe(0);
  return { world, offered: play.offered };
}

describe('the Ink app and the line mode keep one contract', () => {
  it('a new interview: the same store, ids and dates included, and the same note copied', async () => {
    const ink = await throughInk(emptyWorld(), NEW_INTERVIEW, false);
    const { world: line } = await throughLine(emptyWorld(), NEW_INTERVIEW, false);

    // Everything the session left in the world, down to the trail of drafts saved on the way.
    expect(ink).toEqual(line);
    // Not two equal empty stores: the session saved what the script answered.
    expect(ink.candidate).toEqual({ name: 'Jordan Lee', email: 'jordan@example.com', phone: '+1 555 0100' });
    expect(ink.interviews.map((i) => [i.id, i.date, i.format, i.timeframe?.date])).toEqual([
      ['acme-robotics-senior-backend-engineer', '2026-11-24', 'video', '2026-12-04'],
    ]);
    expect(ink.interviews[0]!.interviewers.map((p) => [p.name, p.topics])).toEqual([
      ['Priya Raghunathan', ['moving telemetry ingestion to Kafka', 'how on-call works']],
      ['Sam Ortiz', ["the robot fleet's OTA update pipeline"]],
    ]);
    expect(ink.copied).toEqual([
      'Dear Priya Raghunathan,\n\nThank you for talking with me about moving telemetry ingestion to Kafka.\n\nBest regards,\nJordan Lee',
    ]);
    expect(line.copied).toEqual(ink.copied);
    expect(ink.sent.map(({ id, entry }) => [id, entry.to, entry.at, entry.method, entry.body])).toEqual([
      ['acme-robotics-senior-backend-engineer', 'Priya Raghunathan', '2026-11-25T09:00:00.000Z', 'clipboard', ink.copied[0]],
    ]);
    expect(ink.interviews[0]!.sent).toEqual([ink.sent[0]!.entry]);
    expect(ink.draft).toBeNull();
  });

  it('notes through the recruiter: both ask whom and which notes, and save the same', async () => {
    const ink = await throughInk(emptyWorld(), THROUGH_RECRUITER, false);
    const { world: line } = await throughLine(emptyWorld(), THROUGH_RECRUITER, false);

    expect(ink).toEqual(line);
    expect(ink.interviews.map((i) => [i.recruiter, i.via])).toEqual([
      [
        { name: 'Dana Kim', email: 'dana.kim@acme.example', phone: '+1 555 0199' },
        { name: 'Dana Kim', notes: 'all' },
      ],
    ]);
  });

  it('a changed answer with hand edits: both ask through keep-edit and leave the same store', async () => {
    const ink = await throughInk(editedAtReview(), CHANGE_ROLE_KEEP_ONE, true, 0);
    const { world: line } = await throughLine(editedAtReview(), CHANGE_ROLE_KEEP_ONE, true);

    expect(ink).toEqual(line);
    // Saved at the review, again with the new role, and once more without Priya's edit.
    expect(ink.replaced).toEqual([true, true, true]);
    expect(ink.interviews.map((i) => [i.id, i.role, i.edits])).toEqual([[ID, 'Staff Engineer', [handEdit('Sam Ortiz')]]]);
    expect(ink.draft).toBeNull();
  });

  it('a note already sent is not edited: no editor opens in either, and the same store is left', async () => {
    const ink = await throughInk(sentAtReview(), EDIT_SENT_AND_FINISH, true, 0);
    const { world: line, offered } = await throughLine(sentAtReview(), EDIT_SENT_AND_FINISH, true);

    expect(ink).toEqual(line);
    expect(ink.edited).toEqual([]);
    expect(ink.interviews.map((i) => i.edits ?? [])).toEqual([[]]);
    // The line mode offers Edit for Sam's note, not yet sent, and not for Priya's.
    const review = offered.filter(({ message }) => message === 'What next?');
    expect(review.map(({ labels }) => labels.filter((label) => label.startsWith('Edit ')))).toEqual([
      [expect.stringMatching(/^Edit note 2 in /)],
    ]);
  });

  it('a resumed draft, finished: the same store and the same note copied', async () => {
    const ink = await throughInk(emptyWorld({ draft: draftBeforeNextSteps() }), RESUME_AND_FINISH, true);
    const { world: line } = await throughLine(emptyWorld({ draft: draftBeforeNextSteps() }), RESUME_AND_FINISH, true);

    // Everything the session left in the world, down to the trail of drafts saved on the way.
    expect(ink).toEqual(line);
    expect(ink.interviews.map((i) => [i.id, i.tone, i.timeframe])).toEqual([
      ['acme-robotics-senior-backend-engineer', 'brief', { text: 'by the end of next week', date: '2026-12-04' }],
    ]);
    expect(ink.copied).toHaveLength(1);
    expect(ink.copied[0]).toContain('Dear Priya Raghunathan,');
    expect(line.copied).toEqual(ink.copied);
    expect(ink.sent.map(({ entry }) => entry.body)).toEqual(ink.copied);
    expect(ink.draft).toBeNull();
  });
});

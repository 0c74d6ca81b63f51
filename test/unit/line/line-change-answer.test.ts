// Line mode, changing an answer from the review, with the real session deps over a real store
// in a temp folder: the hand edit is put to the user (kept, or replaced by the new text), and the
// note already sent is shown as it was sent, with its "sent" line.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createSessionDeps } from '../../../src/commands/session-deps.js';
import { runLineSession } from '../../../src/line/index.js';
import { REVIEW, answersOf, draftOf, initialState } from '../../../src/session/index.js';
import { openStore } from '../../../src/store/index.js';
import { sampleInterview } from '../../helpers/sample-interview.js';
import { captureStream } from '../../helpers/streams.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { NOW, context, scripted, type Step } from './script.js';

const ID = 'acme-robotics-senior-backend-engineer';
const EDITED = 'Dear Priya,\n\nMy own words about Kafka and on-call.\n\nBest regards,\nJordan Lee';
const SAM_SENT = 'Dear Sam,\n\nThe thank-you that went out, for the Senior Backend Engineer role.\n\nJordan Lee';

async function storeAtReview() {
  const env = { FOLLOWUP_COACH_HOME: tempDir() };
  const now = () => NOW;
  const store = openStore({ env, now });
  const interview = sampleInterview();
  await store.saveCandidate(interview.candidate);
  await store.saveInterview(interview, { replace: false });
  await store.saveEdit(ID, {
    kind: 'thank-you',
    to: 'Priya Raghunathan',
    subject: 'Thank you, Priya',
    body: EDITED,
    at: NOW.toISOString(),
  });
  await store.recordSent(ID, {
    kind: 'thank-you',
    to: 'Sam Ortiz',
    at: '2026-11-24T20:00:00.000Z',
    subject: 'Thank you: Senior Backend Engineer interview',
    body: SAM_SENT,
  });
  await store.saveDraft(draftOf(initialState(answersOf(interview), REVIEW), ID));
  const handle = createSessionDeps({
    argv: [],
    stdin: new PassThrough(),
    stdout: captureStream(),
    stderr: captureStream(),
    env,
    interactive: true,
    now,
  });
  await handle.ready();
  // No spell-checker worker: this is about the notes' history, and the worker costs seconds.
  return {
    deps: { ...handle.deps, warmUp: () => undefined },
    stored: async () => (await openStore({ env, now }).interview(ID))!,
  };
}

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
    const { deps, stored } = await storeAtReview();
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
    expect(play.printed.slice(asked + 1, asked + 3)).toEqual(['-- Your edit --', EDITED]);
    expect(play.printed[asked + 3]).toBe('-- The new text --');
    expect(play.printed[asked + 4]).toContain('Staff Engineer');
    expect(play.printed[asked + 4]).not.toContain('My own words');
    // The review shown after the change: Priya's note as chosen, Sam's as it was sent.
    const after = play.printed.slice(asked + 5).join('\n');
    const priya = after.slice(0, after.indexOf('-- Note 2 of 3'));
    if (choice === 'keep') expect(priya).toContain(`Subject: Thank you, Priya\n\n${EDITED}`);
    else expect([priya.includes('My own words'), priya.includes('Staff Engineer')]).toEqual([false, true]);
    const sam = after.slice(after.indexOf('-- Note 2 of 3:'));
    expect(sam.split('\n')[1]).toBe('Sent Tuesday, November 24, 2026.');
    expect(sam).toContain(SAM_SENT);
    expect(out).toContain('Saved as acme-robotics-senior-backend-engineer.');
    const saved = await stored();
    expect(saved.role).toBe('Staff Engineer');
    expect((saved.edits ?? []).map((e) => [e.to, e.body])).toEqual(edits);
    expect(saved.sent.map((e) => [e.to, e.body])).toEqual([['Sam Ortiz', SAM_SENT]]);
  });
});

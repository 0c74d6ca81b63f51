// A role fixed with "change an answer" in the review moves the interview's id while nothing of
// it has gone out: the saved record, the draft and the built CLI's `list` all name the new id,
// and the old one is gone. Once a note was marked sent, the id stays and the session says why.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { render } from 'ink-testing-library';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createSessionDeps } from '../../src/commands/session-deps.js';
import type { SentEntry } from '../../src/model/types.js';
import { REVIEW, answersOf, draftOf, initialState } from '../../src/session/index.js';
import { openStore } from '../../src/store/index.js';
import { App } from '../../src/ui/app.js';
import { newHome, runCli } from '../helpers/run-cli.js';
import { sampleInterview } from '../helpers/sample-interview.js';
import { captureStream } from '../helpers/streams.js';
import { NOW } from '../support/fake-world.js';
import { KEY, answer, clearInput, inputLine, typeAndWait, waitFor } from './helpers.js';

const OLD = 'hollis-crane-outfitters-assistant-distrcit-manager';
const NEW = 'hollis-crane-outfitters-assistant-district-manager';
const SENT: SentEntry = {
  kind: 'thank-you',
  to: 'Sam Ortiz',
  at: '2026-11-24T20:00:00.000Z',
  method: 'clipboard',
  subject: 'Thank you',
  body: 'Dear Sam,\n\nThank you.\n\nJordan Lee',
};

/** A store holding the interview with the typo, and the session resumed at its review. */
async function atReview(sent: readonly SentEntry[]) {
  const home = newHome();
  const env = { FOLLOWUP_COACH_HOME: home };
  const store = openStore({ env, now: () => NOW });
  const interview = sampleInterview({ id: OLD, company: 'Hollis Crane Outfitters', role: 'Assistant Distrcit Manager' });
  await store.saveCandidate(interview.candidate);
  await store.saveInterview(interview, { replace: false });
  for (const entry of sent) await store.recordSent(OLD, entry);
  await store.saveDraft(draftOf(initialState(answersOf(interview), REVIEW), OLD));
  const handle = createSessionDeps({
    argv: [],
    stdin: new PassThrough(),
    stdout: captureStream(),
    stderr: captureStream(),
    env,
    interactive: true,
    now: () => NOW,
  });
  await handle.ready();
  // The rules load on first use: the test ends once they are in (see SessionDepsHandle.idle).
  onTestFinished(() => handle.idle());
  const app = render(<App deps={{ ...handle.deps, warmUp: () => undefined }} />);
  await waitFor(app, 'Pick up where you left off?');
  await typeAndWait(app, KEY.enter);
  await waitFor(app, 'Note 1 of');
  return { app, home, ids: async () => (await openStore({ env, now: () => NOW }).interviews()).map((i) => i.id) };
}

/** The screen with its wrapped lines joined, so a long line reads as one. */
const flat = (frame: string) => frame.replace(/\s+/g, ' ');

async function fixRole(app: ReturnType<typeof render>) {
  await typeAndWait(app, 'a');
  await waitFor(app, 'Which answer do you want to change?');
  // Down to "Role" (Your name, e-mail, phone, signature, resume, company, role).
  for (let i = 0; i < 6; i += 1) await typeAndWait(app, KEY.down);
  await typeAndWait(app, KEY.enter);
  await waitFor(app, 'Assistant Distrcit Manager');
  for (let tries = 0; inputLine(await clearInput(app)).includes('Distrcit'); tries += 1) {
    if (tries === 20) throw new Error(`the role never cleared; last frame:\n${app.lastFrame()}`);
  }
  await answer(app, 'Assistant District Manager');
}

describe('fixing the role of a saved interview', () => {
  it('moves the id with the role while nothing went out: record, draft and list', async () => {
    const { app, home, ids } = await atReview([]);
    await fixRole(app);
    await waitFor(app, (frame) => frame.includes('Note 1 of') && flat(frame).includes(`Now saved as ${NEW} (was ${OLD})`));
    expect(await ids()).toEqual([NEW]);
    const draft = JSON.parse(readFileSync(join(home, 'draft.json'), 'utf8')) as { draft: { interviewId: string } };
    expect(draft.draft.interviewId).toBe(NEW);
    app.unmount();
    const list = await runCli(['list'], { home });
    expect(list.code).toBe(0);
    expect(list.stdout).toContain(NEW);
    expect(list.stdout).not.toContain(OLD);
  });

  it('keeps the id once a note was marked sent, and says why once', async () => {
    const { app, home, ids } = await atReview([SENT]);
    await fixRole(app);
    const frame = flat(await waitFor(app, (f) => f.includes('Note 1 of') && flat(f).includes(`The id stays ${OLD}`)));
    expect(frame).toContain(`The id stays ${OLD}, since a note of this interview was marked sent`);
    expect(frame.split('The id stays')).toHaveLength(2);
    expect(await ids()).toEqual([OLD]);
    app.unmount();
    const list = await runCli(['list'], { home });
    expect(list.stdout).toContain(OLD);
    expect(list.stdout).toContain('Assistant District Manager');
  });
});

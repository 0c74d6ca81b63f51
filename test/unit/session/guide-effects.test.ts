// The runner that carries out the session core's commands, against the shared fake world: the
// draft is saved in order and never after it was cleared, a re-save carries the hand edits over
// and says which the new answers put in question, and a failed save is reported with its reason.
import { describe, expect, it } from 'vitest';
import type { NoteEdit } from '../../../src/model/types.js';
import { answersOf, createGuideRunner, draftOf, initialState, type GuideEvent } from '../../../src/session/index.js';
import { sampleInterview } from '../../helpers/sample-interview.js';
import { emptyWorld, worldDeps } from '../../support/fake-world.js';

const ACME = sampleInterview();
const draft = draftOf(initialState(answersOf(ACME)));

describe('the guide runner', () => {
  it('clears the draft only after the saves before it, however slow they are', async () => {
    const world = emptyWorld();
    const deps = worldDeps(world);
    const events: GuideEvent[] = [];
    const runner = createGuideRunner(
      {
        ...deps,
        saveDraft: async (d) => {
          await new Promise((done) => setImmediate(done));
          await deps.saveDraft(d);
        },
      },
      (event) => void events.push(event),
    );
    const saved = runner.run({ type: 'save-draft', draft });
    const cleared = runner.run({ type: 'finish', interviewId: null });
    await Promise.all([saved, cleared]);
    expect(world.drafts).toEqual([draft]);
    expect(world.draft).toBeNull();
    expect(events).toEqual([{ type: 'saved' }, { type: 'finished' }]);
  });

  it('finishing says every step due next, read from the store', async () => {
    const world = emptyWorld({ interviews: [ACME] });
    const asked: string[] = [];
    const deps = worldDeps(world, {
      nextSteps: (interview) => {
        asked.push(interview.id);
        return ['thank-you to Sam Ortiz: due today, call today', 'Lumen Health: thank-you to Ravi Shah: due today'];
      },
    });
    const events: GuideEvent[] = [];
    const runner = createGuideRunner(deps, (event) => void events.push(event));
    await runner.run({ type: 'finish', interviewId: ACME.id });
    await runner.run({ type: 'finish', interviewId: 'no-such-interview' });
    expect(asked).toEqual([ACME.id]);
    expect(events).toEqual([
      {
        type: 'finished',
        next: ['thank-you to Sam Ortiz: due today, call today', 'Lumen Health: thank-you to Ravi Shah: due today'],
      },
      { type: 'finished', next: undefined },
    ]);
  });

  it('a re-save carries the hand edits over, and asks about the one the new answers rewrite', async () => {
    const edit: NoteEdit = {
      kind: 'thank-you',
      to: 'Priya Raghunathan',
      subject: 'Thank you',
      body: 'My own words.',
      at: '2026-11-25T08:00:00.000Z',
    };
    const world = emptyWorld({ interviews: [{ ...ACME, edits: [edit] }] });
    const events: GuideEvent[] = [];
    const runner = createGuideRunner(worldDeps(world), (event) => void events.push(event));
    const changed = { ...ACME, role: 'Staff Engineer' };
    await runner.run({ type: 'save-interview', interview: changed, known: ACME.id, round: false });
    expect(world.replaced).toEqual([true]);
    expect(world.interviews.map((i) => [i.id, i.role, i.edits])).toEqual([[ACME.id, 'Staff Engineer', [edit]]]);
    const [event] = events;
    expect(event?.type).toBe('interview-saved');
    if (event?.type !== 'interview-saved') return;
    expect(event.stored.edits).toEqual([edit]);
    expect(event.questions.map((q) => [q.edit.to, q.fresh.subject])).toEqual([
      ['Priya Raghunathan', 'Thank you: Staff Engineer interview'],
    ]);
  });

  it('reports a failed save with the reason the store gives', async () => {
    const events: GuideEvent[] = [];
    const deps = worldDeps(emptyWorld());
    const runner = createGuideRunner(
      {
        ...deps,
        saveInterview: async () => {
          throw Object.assign(new Error('ENOSPC: no space left on device'), { reason: 'the disk is full' });
        },
      },
      (event) => void events.push(event),
    );
    await runner.run({ type: 'save-interview', interview: ACME, known: null, round: false });
    expect(events).toEqual([{ type: 'interview-not-saved', why: 'the disk is full' }]);
  });
});

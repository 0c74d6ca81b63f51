// A draft resumed on a later day keeps the interview day the candidate meant: "monday" typed on
// Tuesday 1 December is Monday 30 November, also when the question is answered again a week later.
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { answersOf, draftOf, initialState, type SavedDraft } from '../../src/session/index.js';
import { App } from '../../src/ui/app.js';
import { sampleInterview } from '../helpers/sample-interview.js';
import { STEP_CONTEXT, emptyWorld, worldDeps, type FakeWorld } from '../support/fake-world.js';
import { KEY, answer, typeAndWait, waitFor } from './helpers.js';

/** The session on `today`, with the world's draft offered to resume. */
function sessionOn(world: FakeWorld, today: string) {
  const now = new Date(`${today}T09:00:00Z`);
  const deps = { ...worldDeps(world), now: () => now, stepContext: () => ({ ...STEP_CONTEXT, now, today }) };
  return render(<App deps={deps} />);
}

const draftAnswers = (world: FakeWorld) => (world.draft as SavedDraft).answers;

describe('resuming a draft on a later day', () => {
  it('keeps the day a relative date meant when it was typed, and the decision day counted from it', async () => {
    const full = answersOf(sampleInterview());
    const atDate = { ...full, dateText: '', date: null, timeframeDate: null };
    const world = emptyWorld({ draft: draftOf(initialState(atDate, { step: 'interview.date', index: 0 })) });

    const tuesday = sessionOn(world, '2026-12-01');
    await waitFor(tuesday, 'Pick up where you left off?');
    await typeAndWait(tuesday, KEY.enter);
    await waitFor(tuesday, 'Interview date');
    await typeAndWait(tuesday, 'monday');
    expect(await waitFor(tuesday, '→ Monday, November 30, 2026')).toContain('monday');
    await typeAndWait(tuesday, KEY.enter);
    await waitFor(tuesday, 'Format');
    expect(draftAnswers(world)).toMatchObject({ date: '2026-11-30', timeframeDate: '2026-12-11' });
    tuesday.unmount();

    // A week later: resume, go back to the date and accept it as it stands.
    const later = sessionOn(world, '2026-12-08');
    await waitFor(later, 'Pick up where you left off?');
    await typeAndWait(later, KEY.enter);
    await waitFor(later, 'Format');
    const asked = await typeAndWait(later, KEY.esc);
    expect(asked).toContain('Interview date');
    expect(await waitFor(later, '→ Monday, November 30, 2026')).not.toContain('December 7');
    await answer(later, '');
    await waitFor(later, 'Format');
    expect(draftAnswers(world)).toMatchObject({ date: '2026-11-30', timeframeDate: '2026-12-11' });
    later.unmount();
  });

  it('reads a draft an older version saved with the words typed as the day they meant', async () => {
    const full = answersOf(sampleInterview());
    const older = { ...draftOf(initialState(full, { step: 'interview.format', index: 0 })) };
    const world = emptyWorld({ draft: { ...older, answers: { ...full, dateText: 'monday', date: '2026-11-30' } } });
    const later = sessionOn(world, '2026-12-08');
    await waitFor(later, 'Pick up where you left off?');
    await typeAndWait(later, KEY.enter);
    await waitFor(later, 'Format');
    await typeAndWait(later, KEY.esc);
    expect(await waitFor(later, 'Interview date')).toContain('→ Monday, November 30, 2026');
    later.unmount();
  });
});

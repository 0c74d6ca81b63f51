// A saved interview's notes opened from the home: Esc goes back to that home (not to the last
// question of the interview), which says what is due from the notes marked sent meanwhile; and
// Ctrl-C there leaves no "unfinished interview" for the next start, since nothing is unfinished.
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import type { Interview } from '../../src/model/types.js';
import type { DueFollowUp } from '../../src/session/effects.js';
import { App } from '../../src/ui/app.js';
import { sampleInterview } from '../helpers/sample-interview.js';
import { emptyWorld, worldDeps } from '../support/fake-world.js';
import { KEY, choose, typeAndWait, waitFor } from './helpers.js';

const ACME = sampleInterview();
/** A frame's text with the lines it wraps to joined again. */
const flat = (frame: string) => frame.replace(/\s*\n\s*/g, ' ');

/** The thank-yous not marked sent yet, as the home lists what is due. */
async function thanksDue(interviews: readonly Interview[]): Promise<DueFollowUp[]> {
  return interviews.flatMap((interview) => {
    const owed = interview.interviewers.filter((p) => !interview.sent.some((s) => s.to === p.name)).map((p) => p.name);
    if (owed.length === 0) return [];
    const line = `thank-you to ${owed.join(' and ')}: due today`;
    return [{ interview, due: '2026-11-25', line, kind: 'thank-you', notes: owed.length }];
  });
}

function world() {
  const saved = emptyWorld({ interviews: [ACME], candidate: ACME.candidate });
  return { saved, deps: { ...worldDeps(saved), dueFollowUps: thanksDue } };
}

describe('a review opened from the home', () => {
  it('goes back to the home on Esc, which says what is still due after a note was marked sent', async () => {
    const { saved, deps } = world();
    const app = render(<App deps={deps} />);
    const home = await waitFor(app, 'What would you like to do?');
    expect(flat(home)).toContain('thank-you to Priya Raghunathan and Sam Ortiz: due today');
    await choose(app, 'Notes for Acme Robotics');
    await waitFor(app, 'Note 1 of 2');
    await typeAndWait(app, 's');
    expect(saved.sent.map((s) => s.entry.to)).toEqual(['Priya Raghunathan']);
    const again = await typeAndWait(app, KEY.esc).then(() => waitFor(app, 'What would you like to do?'));
    expect(again).not.toContain('How should the notes sound?');
    expect(flat(again)).toContain('(thank-you to Sam Ortiz: due today)');
    expect(flat(again)).toContain('1 note due today');
    // The draft written while the notes were open is gone: nothing is unfinished.
    expect(saved.draft).toBeNull();
    // The home works as it did: the notes open again, on the one still to send.
    await choose(app, 'Notes for Acme Robotics');
    await waitFor(app, 'Note 2 of 2 · Thank-you to Sam Ortiz');
    app.unmount();
  });

  it('leaves no unfinished interview after Ctrl-C, so the next start opens on the home', async () => {
    const { saved, deps } = world();
    const first = render(<App deps={deps} />);
    await waitFor(first, 'What would you like to do?');
    await choose(first, 'Notes for Acme Robotics');
    await waitFor(first, 'Note 1 of 2');
    expect(saved.draft).not.toBeNull();
    first.stdin.write(KEY.ctrlC);
    await waitFor(first, () => saved.draft === null);
    first.unmount();

    const next = render(<App deps={deps} />);
    const opening = await waitFor(next, 'What would you like to do?');
    expect(opening).not.toContain('unfinished interview');
    next.unmount();
  });
});

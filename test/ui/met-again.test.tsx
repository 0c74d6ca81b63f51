// A later round's interviewer step, for someone met in a saved round of the application (the
// trial run's test/fixtures/interviews/van-der-berg.json as round 1): their e-mail, phone and
// medium are in the fields already, in the Ink app and in line mode, to keep or change. And the
// preview of "something to add" for someone who only phoned offers it on the call.
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { CancelledError } from '../../src/cli/errors.js';
import { runLineSession } from '../../src/line/index.js';
import { type Answers, answersOf, draftOf, EMPTY_INTERVIEWER, initialState } from '../../src/session/index.js';
import { App } from '../../src/ui/app.js';
import { context, memoryDeps, scripted } from '../unit/line/script.js';
import { emptyWorld, worldDeps } from '../support/fake-world.js';
import { trialInterview } from '../support/trial-interviews.js';
import { KEY, typeAndWait, waitFor } from './helpers.js';

const ROUND_1 = { ...trialInterview('van-der-berg'), round: undefined, date: '2026-11-16' };
// The next round: the same company and role, its first interviewer still to be named.
const next: Answers = { ...answersOf({ ...ROUND_1, date: '2026-11-24' }), interviewers: [EMPTY_INTERVIEWER] };
const atName = draftOf(initialState(next, { step: 'interviewer.name', index: 0 }), null);

describe('someone met again, in the interviewer step', () => {
  it('in the Ink app, shows the e-mail given in the earlier round', async () => {
    const world = emptyWorld({ draft: atName, interviews: [ROUND_1] });
    const app = render(<App deps={worldDeps(world)} />);
    await waitFor(app, 'Pick up where you left off?');
    await typeAndWait(app, KEY.enter);
    await waitFor(app, 'Check the spelling against their card');
    app.stdin.write('Joost van der Berg');
    await waitFor(app, 'Joost van der Berg');
    await typeAndWait(app, KEY.enter);
    await waitFor(app, 'How do you greet them?');
    await typeAndWait(app, KEY.enter);
    await waitFor(app, 'e.g. Engineering Manager.');
    app.stdin.write('Managing Director');
    await waitFor(app, 'Managing Director');
    await typeAndWait(app, KEY.enter);
    const email = await waitFor(app, 'Leave empty if you have none: the coach writes');
    expect(email).toContain('joost@vdberg.example');
    const draft = world.draft as { answers: Answers };
    expect(draft.answers.interviewers[0]).toMatchObject({ email: 'joost@vdberg.example', medium: 'email' });
    app.unmount();
  });

  it('in line mode, offers the e-mail and the medium of the earlier round as the answers to keep', async () => {
    const { deps } = memoryDeps(atName, [ROUND_1]);
    const play = scripted([
      { confirm: 'You have an unfinished interview (Van der Berg Infrastructure). Pick up where you left off?', answer: true },
      { text: 'Name', answer: 'Dr. María José García-López' },
      { text: 'How do you greet them?', answer: '' },
      { text: 'Title', answer: 'Technical Director' },
      { text: 'E-mail', answer: 'mj.garcia@vdberg.example' },
      { text: 'Phone', answer: '' },
      { ctrlC: true },
    ]);
    await expect(runLineSession(context, deps, play.prompter)).rejects.toThrow(CancelledError);
    // Name, greeting, title, then the e-mail as round 1 gave it.
    expect(play.textInitials[3]).toBe('mj.garcia@vdberg.example');
    expect(play.initials.at(-1)).toBe('email');
  });

  it('previews the addition for someone who only phoned as an offer on the call', async () => {
    const { deps } = memoryDeps(
      draftOf(initialState(answersOf(trialInterview('brasa')), { step: 'interviewer.addition', index: 0 }), null),
    );
    const play = scripted([
      { confirm: 'You have an unfinished interview (Brasa & Co.). Pick up where you left off?', answer: true },
      { text: 'Something to add or send them', answer: 'the prep list I use for brunch service' },
      { ctrlC: true },
    ]);
    await expect(runLineSession(context, deps, play.prompter)).rejects.toThrow(CancelledError);
    expect(play.printed.join('\n')).toContain(
      '→ in the call, for example: "I would be happy to bring more on the prep list I use for brunch service in person, or to talk it through on the phone."',
    );
    expect(play.printed.join('\n')).not.toContain('I can send you more on it');
  });
});

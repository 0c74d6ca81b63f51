// A key pressed the moment a screen appears is the screen's: every screen listens from the
// commit that draws it (src/ui/keys/use-keys.ts). Each key here is written in the microtask
// right after that commit, before React's passive effects, where Ink's own useInput has not
// subscribed yet. On main before this change (Ink's useInput and @inkjs/ui's Select) the key
// reached nobody and the interviewer list, the answers to change and the prep card failed (the
// home list passed there too: something re-rendered it before its key).
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { PREP_TITLE, answersOf, draftOf, initialState, newsMessages } from '../../src/session/index.js';
import { App } from '../../src/ui/app.js';
import { sampleInterview } from '../helpers/sample-interview.js';
import { KEY, choose, pressOnArrival, typeAndWait, waitFor } from './helpers.js';
import { emptyWorld, worldDeps } from '../support/fake-world.js';

/** The line with the list's marker. */
const marked = (frame: string) => frame.split('\n').find((line) => line.includes('❯'));

describe('a key pressed as its screen appears', () => {
  it('moves the home list', async () => {
    const world = emptyWorld({ candidate: sampleInterview().candidate, interviews: [sampleInterview()] });
    const app = render(<App deps={worldDeps(world)} />);
    const first = await pressOnArrival(app, 'What would you like to do?', KEY.down);
    expect(marked(first)).toContain('Start a new interview');
    expect(marked(await waitFor(app, (frame) => marked(frame) !== marked(first)))).toContain('Notes for Acme Robotics');
    app.unmount();
  });

  it('moves the interviewer list', async () => {
    const world = emptyWorld({ draft: draftOf(initialState(answersOf(sampleInterview()), { step: 'interviewers', index: 0 })) });
    const app = render(<App deps={worldDeps(world)} />);
    await waitFor(app, 'Pick up where you left off?');
    const list = pressOnArrival(app, '3/5 Interviewers', KEY.down);
    await typeAndWait(app, KEY.enter);
    const first = await list;
    expect(marked(first)).toContain('Done');
    expect(marked(await waitFor(app, (frame) => marked(frame) !== marked(first)))).toContain('Add an interviewer');
    app.unmount();
  });

  it('moves the list of answers to change, opened from the review', async () => {
    const answers = answersOf(sampleInterview());
    const app = render(
      <App deps={worldDeps(emptyWorld({ draft: draftOf(initialState(answers, { step: 'review', index: 0 })) }))} />,
    );
    await waitFor(app, 'Pick up where you left off?');
    await typeAndWait(app, KEY.enter);
    await waitFor(app, 'Note 1 of 2');
    const list = pressOnArrival(app, 'Which answer do you want to change?', KEY.down);
    app.stdin.write('a');
    const first = await list;
    expect(marked(first)).toContain('Your name');
    expect(marked(await waitFor(app, (frame) => marked(frame) !== marked(first)))).toContain('Your e-mail');
    app.unmount();
  });

  it('takes Enter on the prep card back home', async () => {
    const world = emptyWorld({ candidate: sampleInterview().candidate, interviews: [sampleInterview()] });
    const app = render(<App deps={worldDeps(world)} />);
    await waitFor(app, 'What would you like to do?');
    const card = pressOnArrival(app, PREP_TITLE, KEY.enter);
    await choose(app, newsMessages.prepEntry);
    await card;
    expect(await waitFor(app, (frame) => !frame.includes(PREP_TITLE))).toContain('What would you like to do?');
    app.unmount();
  });

  it('picks once from a list when the rest of the read has more keys for it', async () => {
    const world = emptyWorld({ candidate: sampleInterview().candidate, interviews: [sampleInterview()] });
    const app = render(<App deps={worldDeps(world)} />);
    // Enter picks "Start a new interview"; Down and Enter after it, in the same read, go nowhere.
    await pressOnArrival(app, 'What would you like to do?', `${KEY.enter}${KEY.down}${KEY.enter}`);
    expect(await waitFor(app, (frame) => !frame.includes('What would you like to do?'))).toContain('1/5 About you');
    // Then a key with an effect there: the read before it is dealt with, and its Enter went nowhere.
    expect(await typeAndWait(app, 'x')).toMatch(/Your name[\s\S]*› Jordan Leex/);
    app.unmount();
  });
});

import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { answersOf, draftOf, initialState } from '../../src/session/index.js';
import { App } from '../../src/ui/app.js';
import { sampleInterview } from '../helpers/sample-interview.js';
import { KEY, answer, screen, typeAndWait, waitFor } from './helpers.js';
import { emptyWorld, worldDeps } from '../support/fake-world.js';

describe('the guided session, step by step', () => {
  it('asks every question in order, shows what it understood, and reaches the review with one note per person', async () => {
    const world = emptyWorld();
    const app = render(<App deps={worldDeps(world)} />);
    expect(await waitFor(app, 'Your name')).toContain('1/5 About you');
    for (const text of ['Jordan Lee', 'jordan@example.com', '+1 555 0100', '', '']) await answer(app, text);
    await waitFor(app, '2/5 The interview');
    // The recap goes to the scrollback once (<Static>), so look through every frame written.
    expect(app.frames.join('\n')).toContain('✓ About you: Jordan Lee, jordan@example.com, +1 555 0100');
    await answer(app, 'Acme Robotics');
    await answer(app, 'Senior Backend Engineer');
    await typeAndWait(app, 'yesterday');
    await waitFor(app, '→ Tuesday, November 24, 2026');
    await typeAndWait(app, KEY.enter);
    await waitFor(app, 'On site');
    await typeAndWait(app, KEY.down);
    await typeAndWait(app, KEY.enter); // Video call
    await waitFor(app, 'How do you greet interviewers?');
    await typeAndWait(app, KEY.enter); // First names
    await answer(app, ''); // no recruiter
    await waitFor(app, '3/5 Interviewers · interviewer 1');
    await answer(app, 'Priya Raghunathan');
    // The greeting comes prefilled from the name, and shows the note's first line.
    const greeting = await waitFor(app, 'How do you greet them?');
    expect(greeting).toContain('› Priya');
    expect(greeting).toContain('→ Dear Priya,');
    await answer(app, ''); // keep "Priya"
    for (const text of ['Engineering Manager', 'priya@acme.example', '']) await answer(app, text);
    await waitFor(app, 'How did they reach you?');
    await typeAndWait(app, KEY.enter); // E-mail
    await waitFor(app, 'Review your notes from the meeting');
    await answer(app, 'moving telemetry ingestion to Kafka');
    await waitFor(app, '1. moving telemetry ingestion to Kafka');
    await answer(app, ''); // done with topics
    await answer(app, ''); // no detail
    await waitFor(app, 'Something to add or send them');
    await typeAndWait(app, 'the dashboard mock-up I mentioned');
    await waitFor(app, 'follow up on the dashboard mock-up I mentioned');
    await typeAndWait(app, KEY.enter);
    await waitFor(app, '1. Priya Raghunathan, Engineering Manager (1 topic)');
    await typeAndWait(app, KEY.enter); // Done
    await waitFor(app, '4/5 Next steps');
    await typeAndWait(app, 'by the end of next week');
    await waitFor(app, 'by the end of next week → Friday, December 4, 2026');
    await typeAndWait(app, KEY.enter);
    await typeAndWait(app, KEY.enter); // No, not told
    await waitFor(app, 'The strength you want them to remember');
    await typeAndWait(app, 'My ten years of on-call');
    await waitFor(app, 'I hope it is my ten');
    await typeAndWait(app, KEY.enter);
    await waitFor(app, 'How should the notes sound?');
    await typeAndWait(app, KEY.enter); // Warm
    const review = await waitFor(app, 'Note 1 of 1');
    expect(review).toContain('Thank-you to Priya Raghunathan');
    expect(review).toContain('Subject: Thank you: Senior Backend Engineer interview');
    expect(review).toContain('Second follow-up: not before Monday, December 7, 2026');
    expect(world.interviews.map((i) => i.id)).toEqual(['acme-robotics-senior-backend-engineer']);
    expect(world.interviews[0]?.format).toBe('video');
    expect(world.interviews[0]).toMatchObject({ tone: 'warm', formality: 'first-names', strength: 'My ten years of on-call' });
    expect(world.interviews[0]?.interviewers[0]).toMatchObject({ addition: 'the dashboard mock-up I mentioned' });
    expect(world.interviews[0]?.interviewers[0]?.greeting).toBeUndefined();
    expect(world.candidate?.name).toBe('Jordan Lee');
    app.unmount();
  });

  it('says what to type when an answer cannot be used, and keeps the step', async () => {
    const app = render(<App deps={worldDeps(emptyWorld())} />);
    await waitFor(app, 'Your name');
    await answer(app, 'Jordan Lee');
    const frame = await answer(app, 'jordan at example');
    expect(frame).toContain('Your e-mail');
    expect(frame).toContain('✖ That does not look like an e-mail address: type it as name@company.com, with no spaces.');
    await typeAndWait(app, '\u0015'); // Ctrl-U clears the line
    expect(await answer(app, 'jordan@example.com')).toContain('Your phone');
    app.unmount();
  });

  it('goes back one step with Esc and keeps the answer there', async () => {
    const app = render(<App deps={worldDeps(emptyWorld())} />);
    await waitFor(app, 'Your name');
    await answer(app, 'Zoë 王伟');
    await typeAndWait(app, 'zoe@example.com');
    const back = await typeAndWait(app, KEY.esc);
    expect(back).toContain('Your name');
    expect(back).toContain('Zoë 王伟');
    // What was typed on the step left with Esc is still there on the way forward.
    const forward = await typeAndWait(app, KEY.enter);
    expect(forward).toContain('Your e-mail');
    expect(forward).toContain('zoe@example.com');
    app.unmount();
  });

  it('keeps text typed before Esc even when it is not usable yet, and checks it on Enter', async () => {
    const world = emptyWorld();
    const app = render(<App deps={worldDeps(world)} />);
    await waitFor(app, 'Your name');
    await answer(app, 'Jordan Lee');
    await typeAndWait(app, 'jordan at example');
    await typeAndWait(app, KEY.esc);
    // The draft saved after the change holds it too (the save is written after the frame): a
    // crash now would not lose it.
    await waitFor(app, () => JSON.stringify(world.drafts.at(-1)).includes('jordan at example'));
    const forward = await typeAndWait(app, KEY.enter);
    expect(forward).toContain('jordan at example');
    await typeAndWait(app, KEY.enter);
    await waitFor(app, '✖ That does not look like an e-mail address');
    app.unmount();
  });

  it('keeps a half-typed topic when Esc leaves the topics, but not a repeated one', async () => {
    const draft = draftOf(initialState(answersOf(sampleInterview()), { step: 'interviewer.topics', index: 0 }));
    const app = render(<App deps={worldDeps(emptyWorld({ draft }))} />);
    await waitFor(app, 'Pick up where you left off?');
    await typeAndWait(app, KEY.enter);
    await waitFor(app, '2. how on-call works');
    await typeAndWait(app, 'the incident review ritu');
    await typeAndWait(app, KEY.esc);
    await waitFor(app, 'How did they reach you?');
    await typeAndWait(app, KEY.enter);
    const topics = await waitFor(app, '3. the incident review ritu');
    expect(topics).toContain('1. moving telemetry ingestion to Kafka');
    await typeAndWait(app, 'how on-call works');
    await typeAndWait(app, KEY.esc);
    await typeAndWait(app, KEY.enter);
    const again = await waitFor(app, '3. the incident review ritu');
    expect(again).not.toContain('4.');
    app.unmount();
  });

  it('marks the line being typed in the topics step with ›, not the first topic', async () => {
    const draft = draftOf(initialState(answersOf(sampleInterview()), { step: 'interviewer.topics', index: 0 }));
    const app = render(<App deps={worldDeps(emptyWorld({ draft }))} />);
    await waitFor(app, 'Pick up where you left off?');
    await typeAndWait(app, KEY.enter);
    await waitFor(app, '2. how on-call works');
    const typing = (await typeAndWait(app, 'the incident review')).split('\n');
    expect(typing).toContain('  1. moving telemetry ingestion to Kafka');
    expect(typing).toContain('  2. how on-call works');
    expect(typing.filter((line) => line.startsWith('› '))).toEqual(['› the incident review']);
    app.unmount();
  });

  it('never shows escape sequences typed into a field', async () => {
    const app = render(<App deps={worldDeps(emptyWorld())} />);
    await waitFor(app, 'Your name');
    // A pasted title-setting sequence and a bell: what reaches the screen is printable text only.
    await typeAndWait(app, 'Jo\u001b]0;pwned\u0007rd\u001b[2Jan\u0000');
    expect(app.lastFrame()).not.toMatch(/\u001b\]|\u0007|\u001b\[2J|\u0000/);
    expect(screen(app)).toMatch(/› Jo.*rd.*an/);
    app.unmount();
  });
});

// Changing a topic of the interviewer's list where it stands: Up picks it, the line being typed
// takes its place, Enter keeps the change (an empty one removes it), Esc leaves it as it was.
import { describe, expect, it } from 'vitest';
import { readDraft } from '../../src/session/index.js';
import { atTopics } from './at-topics.js';
import { KEY, typeAndWait, waitFor } from './helpers.js';
import type { emptyWorld } from '../support/fake-world.js';

const CTRL_U = '\u0015';

const savedTopics = (world: ReturnType<typeof emptyWorld>) => readDraft(world.draft)?.answers.interviewers[0]?.topics;

describe('the topics step: changing a topic in place', () => {
  it('Up twice picks the first topic; the change keeps its place and is saved at once', async () => {
    const { app, world } = await atTopics();
    await typeAndWait(app, KEY.up);
    await typeAndWait(app, KEY.up);
    expect(await waitFor(app, '› 1. moving telemetry ingestion to Kafka')).toContain('2. how on-call works');
    await typeAndWait(app, CTRL_U);
    await typeAndWait(app, 'the Kafka migration plan');
    const after = await typeAndWait(app, KEY.enter);
    expect(after).toMatch(/1\. the Kafka migration plan\n\s*2\. how on-call works\n\s*›/);
    expect(savedTopics(world)).toEqual(['the Kafka migration plan', 'how on-call works']);
    app.unmount();
  });

  it('Esc leaves the topic as it was and stays on the list; an emptied topic is removed', async () => {
    const { app, world } = await atTopics();
    await typeAndWait(app, KEY.up);
    await waitFor(app, '› 2. how on-call works');
    await typeAndWait(app, CTRL_U);
    await typeAndWait(app, KEY.esc);
    const back = await waitFor(app, '2. how on-call works');
    expect(back).toContain('Topics you discussed');
    expect(back).not.toContain('› 2.');
    await typeAndWait(app, KEY.up);
    await waitFor(app, '› 2. how on-call works');
    await typeAndWait(app, CTRL_U);
    await typeAndWait(app, KEY.enter);
    await waitFor(app, (frame) => !frame.includes('how on-call works'));
    expect(savedTopics(world)).toEqual(['moving telemetry ingestion to Kafka']);
    app.unmount();
  });

  it('a change that repeats another topic says so and keeps editing', async () => {
    const { app } = await atTopics();
    await typeAndWait(app, KEY.up);
    await waitFor(app, '› 2. how on-call works');
    await typeAndWait(app, CTRL_U);
    await typeAndWait(app, 'moving telemetry ingestion to Kafka');
    const refused = await typeAndWait(app, KEY.enter);
    expect(refused).toContain('› 2. moving telemetry ingestion to Kafka');
    expect(refused).toMatch(/already/i);
    app.unmount();
  });
});

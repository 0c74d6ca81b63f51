// A paste of several topics at the line mode's topics question, on a dumb terminal (the plain
// prompter): each pasted line answers its own "Topic N" prompt on a line of its own, and the
// list ends with a line that says what was saved, as the full-screen list shows it.
import { EventEmitter } from 'node:events';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { askField } from '../../../src/line/ask-field.js';
import { plainPrompter } from '../../../src/line/plain-prompter.js';
import { answersOf, createReducer, fieldAt, initialState } from '../../../src/session/index.js';
import { sampleInterview } from '../../helpers/sample-interview.js';
import { captureStream } from '../../helpers/streams.js';
import { STEP_CONTEXT } from '../../support/fake-world.js';

describe('line mode: topics pasted at once', () => {
  it('gives each pasted topic its own prompt line and says how many were saved', async () => {
    const input = new PassThrough();
    const output = captureStream();
    const signals = new EventEmitter() as EventEmitter & Pick<NodeJS.Process, 'on' | 'off'>;
    // Wide enough that the saved topics stay on one line (print-width.test.ts tests the wrapping).
    const prompter = plainPrompter({ input, output, signals, columns: () => 1000 });
    const interview = sampleInterview();
    const answers = answersOf({ ...interview, interviewers: interview.interviewers.map((p) => ({ ...p, topics: [] })) });
    const position = { step: 'interviewer.topics', index: 0 } as const;
    const field = fieldAt(position)!;
    const kept: (readonly string[])[] = [];
    // The terminal echoes what is pasted where the cursor is, as a terminal in line mode does.
    input.on('data', (chunk: Buffer) => void output.write(chunk));
    // The paste, with the empty line that ends the list, arrives in one read.
    input.write('moving telemetry ingestion to Kafka\nhow on-call works\nthe team’s code review habits\n\n');
    const action = await askField(field, initialState(answers, position), {
      prompter,
      reduce: createReducer(STEP_CONTEXT),
      session: STEP_CONTEXT,
      keep: async (list) => void kept.push(list),
    });
    const topics = ['moving telemetry ingestion to Kafka', 'how on-call works', 'the team’s code review habits'];
    expect(action).toEqual({ type: 'answer', value: topics });
    const lines = output.text().split('\n');
    // The first prompt is answered by the echo of the whole paste; each later one shows its line.
    expect(lines.filter((line) => line.startsWith('? Topic'))).toEqual([
      '? Topic 1 (Enter on an empty line when done) moving telemetry ingestion to Kafka',
      '? Topic 2 (Enter on an empty line when done) how on-call works',
      '? Topic 3 (Enter on an empty line when done) the team’s code review habits',
      '? Topic 4 (Enter on an empty line when done) ',
    ]);
    expect(lines).toContain(
      '  3 topics saved: moving telemetry ingestion to Kafka; how on-call works; the team’s code review habits',
    );
    expect(kept.at(-1)).toEqual(topics);
  });
});

describe('line mode: changing a topic in place', () => {
  it('offers to change one of the topics; the new words keep its place and are kept at once', async () => {
    const input = new PassThrough();
    const output = captureStream();
    const signals = new EventEmitter() as EventEmitter & Pick<NodeJS.Process, 'on' | 'off'>;
    const prompter = plainPrompter({ input, output, signals, columns: () => 1000 });
    const answers = answersOf(sampleInterview());
    const position = { step: 'interviewer.topics', index: 0 } as const;
    const kept: (readonly string[])[] = [];
    // Change (3), the first topic (1), new words, then keep them (1).
    input.write('3\n1\nthe Kafka migration plan\n1\n');
    const action = await askField(fieldAt(position)!, initialState(answers, position), {
      prompter,
      reduce: createReducer(STEP_CONTEXT),
      session: STEP_CONTEXT,
      keep: async (list) => void kept.push(list),
    });
    const topics = ['the Kafka migration plan', 'how on-call works'];
    expect(action).toEqual({ type: 'answer', value: topics });
    expect(kept).toEqual([topics]);
    const text = output.text();
    expect(text).toContain('  3) Change one of them (it keeps its place)\n');
    expect(text).toContain('? Which topic?\n  1) moving telemetry ingestion to Kafka\n  2) how on-call works\n');
    expect(text).toContain('  So far: the Kafka migration plan; how on-call works\n');
  });
});

// Every line-mode menu takes a default on Enter, the one the full-screen menu starts on: "How did
// they reach you?" with no e-mail or phone given and "Were you told you are not the final
// choice?" used to answer Enter with "Please input a value".
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { askField } from '../../../src/line/ask-field.js';
import { plainPrompter } from '../../../src/line/plain-prompter.js';
import { inquirerPrompter, type Prompter } from '../../../src/line/prompter.js';
import { answersOf, createReducer, fieldAt, initialState, type Answers, type ChoiceField } from '../../../src/session/index.js';
import { sampleInterview } from '../../helpers/sample-interview.js';
import { captureStream } from '../../helpers/streams.js';
import { emptyWorld, worldDeps } from '../../support/fake-world.js';

const REFUSED = 'refused';

/** Asks `ask` through the real line prompter and presses Enter alone; REFUSED if Enter was refused. */
async function enterAt(ask: (prompter: Prompter) => Promise<unknown>): Promise<unknown> {
  const input = new PassThrough();
  const output = new PassThrough();
  let shown = '';
  output.on('data', (chunk: Buffer) => {
    shown += chunk.toString();
  });
  const prompter = await inquirerPrompter({ input, output });
  const answer = ask(prompter);
  while (!/\d\) /.test(shown)) await new Promise((resolve) => setImmediate(resolve));
  input.write('\r');
  const refused = new Promise<string>((resolve) => {
    const look = () => (shown.includes('Please input a value') ? resolve(REFUSED) : setImmediate(look));
    look();
  });
  return Promise.race([answer, refused]);
}

function asked(step: 'interviewer.medium' | 'next.not-selected', answers: Answers, index: number) {
  const field = fieldAt({ step, index }) as ChoiceField;
  const context = worldDeps(emptyWorld()).stepContext();
  const state = initialState(answers, { step, index });
  return (prompter: Prompter) => askField(field, state, { prompter, reduce: createReducer(context), session: context });
}

describe('line-mode menus on Enter', () => {
  it('take the first option of a question that starts on none, as the full screen does', async () => {
    const answers = answersOf(sampleInterview());
    const [priya, sam] = answers.interviewers;
    const noAddress = { ...answers, interviewers: [priya!, { ...sam!, email: '', phone: '', medium: '' as const }] };
    expect(await enterAt(asked('interviewer.medium', noAddress, 1))).toEqual({ type: 'answer', value: 'email' });
    const notAsked = { ...answers, notSelected: '' as const };
    expect(await enterAt(asked('next.not-selected', notAsked, 0))).toEqual({ type: 'answer', value: 'no' });
  });

  it('take the first option of any menu given no default, in both prompters', async () => {
    const options = [
      { value: 'a', label: 'First' },
      { value: 'b', label: 'Second' },
    ];
    expect(await enterAt((prompter) => prompter.choose('Which?', options))).toBe('a');
    const input = new PassThrough();
    const plain = plainPrompter({ input, output: captureStream() });
    const picked = plain.choose('Which?', options);
    input.write('\n');
    expect(await picked).toBe('a');
  });
});

// The prompter of a dumb terminal: whole lines in (the terminal's own line editing has already
// applied Backspace and Ctrl-U), plain text and newlines out, and Ctrl-C as a cancel.
import { EventEmitter } from 'node:events';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { plainPrompter } from '../../../src/line/plain-prompter.js';
import { BACK } from '../../../src/line/prompter.js';
import { captureStream } from '../../helpers/streams.js';

function setUp() {
  const input = new PassThrough();
  const output = captureStream();
  const signals = new EventEmitter() as EventEmitter & Pick<NodeJS.Process, 'on' | 'off'>;
  const prompter = plainPrompter({ input, output, signals });
  return { input, output, signals, prompter };
}

const PLAIN = /^[\n\x20-\x7e\u00a0-\uffff]*$/;

describe('plainPrompter', () => {
  it('asks for text, keeps the earlier answer on an empty line, and asks again after a problem', async () => {
    const { input, output, prompter } = setUp();
    const name = prompter.text('Your name', '', (value) => (value.trim() === '' ? 'Type your name.' : undefined));
    input.write('\nJordan Lee\n');
    expect(await name).toBe('Jordan Lee');
    const kept = prompter.text('Company', 'Acme', () => undefined);
    input.write('\n');
    expect(await kept).toBe('Acme');
    const back = prompter.text('Role', '', () => undefined);
    input.write('<\n');
    expect(await back).toBe(BACK);
    expect(output.text()).toBe('? Your name   ! Type your name.\n? Your name Jordan Lee\n? Company [Acme] ? Role ');
    expect(output.text()).toMatch(PLAIN);
  });

  it('offers numbered choices, with back, and takes the default on Enter', async () => {
    const { input, output, prompter } = setUp();
    const options = [
      { value: 'email', label: 'By e-mail' },
      { value: 'phone', label: 'By phone' },
    ] as const;
    const picked = prompter.choose('How did they reach you?', options, 'phone');
    input.write('9\n\n');
    expect(await picked).toBe('phone');
    const back = prompter.choose('How did they reach you?', options);
    input.write('3\n');
    expect(await back).toBe(BACK);
    expect(output.text().split('\n').slice(0, 5)).toEqual([
      '? How did they reach you?',
      '  1) By e-mail',
      '  2) By phone',
      '  3) < Back',
      '  Answer (1-3, Enter for 2):   ! Type a number from 1 to 3.',
    ]);
    expect(output.text()).toMatch(PLAIN);
  });

  it('asks yes or no', async () => {
    const { input, prompter } = setUp();
    const first = prompter.confirm('Continue?', true);
    input.write('maybe\nN\n');
    expect(await first).toBe(false);
    const second = prompter.confirm('Continue?', true);
    input.write('\n');
    expect(await second).toBe(true);
  });

  it('turns Ctrl-C (SIGINT) and the end of input into the cancel @inquirer/prompts gives', async () => {
    const { input, signals, prompter } = setUp();
    const asked = prompter.text('Your name', '', () => undefined);
    signals.emit('SIGINT');
    await expect(asked).rejects.toMatchObject({ name: 'ExitPromptError' });
    expect(signals.listenerCount('SIGINT')).toBe(0);
    const again = prompter.text('Your name', '', () => undefined);
    input.end();
    await expect(again).rejects.toMatchObject({ name: 'ExitPromptError' });
  });
});

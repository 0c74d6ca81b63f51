// `<` goes back from a question whose earlier answer is already on the line (@inquirer/prompts'
// editable prefill): typed at its end it arrives as "answer<", which is going back, not an answer.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { BACK, inquirerPrompter } from '../../../src/line/prompter.js';

async function answerWith(initial: string, keys: string): Promise<string | typeof BACK> {
  const input = new PassThrough();
  const output = new PassThrough();
  let shown = '';
  output.on('data', (chunk: Buffer) => {
    shown += chunk.toString();
  });
  const prompter = await inquirerPrompter({ input, output });
  const answer = prompter.text('Your e-mail', initial, (value) => (value.includes('@') ? undefined : 'Type an e-mail address.'));
  // The prompt is drawn before it reads keys.
  while (!shown.includes('Your e-mail')) await new Promise((resolve) => setImmediate(resolve));
  input.write(keys);
  input.write('\r');
  return answer;
}

describe('the line prompter', () => {
  it('takes "<" after a prefilled answer as going back', async () => {
    expect(await answerWith('n@example.com', '<')).toBe(BACK);
  });

  it('takes "<" on an empty line as going back, and keeps an edited answer', async () => {
    expect(await answerWith('', '<')).toBe(BACK);
    expect(await answerWith('n@example.com', 'g')).toBe('n@example.comg');
  });
});

// `<` goes back from a question with an earlier answer: typed alone, or at the end of that answer
// once Tab has put it on the line (it arrives as "answer<"), it is going back, not an answer.
// Typing without Tab replaces the earlier answer.
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
  it('takes "<" after an earlier answer as going back, alone or after Tab', async () => {
    expect(await answerWith('n@example.com', '<')).toBe(BACK);
    expect(await answerWith('n@example.com', '\t<')).toBe(BACK);
  });

  it('takes "<" on an empty line as going back; typing replaces an earlier answer, Tab edits it', async () => {
    expect(await answerWith('', '<')).toBe(BACK);
    expect(await answerWith('n@example.com', 'm@example.org')).toBe('m@example.org');
    expect(await answerWith('n@example.com', '\tg')).toBe('n@example.comg');
    expect(await answerWith('n@example.com', '')).toBe('n@example.com');
  });
});

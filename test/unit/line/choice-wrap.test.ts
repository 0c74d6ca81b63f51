// Line mode's numbered lists, on a terminal of 100 columns: a label longer than the line is broken
// between words, its next line under its first letter. A trial's home printed
// "  1) Follow up: ... Grace Whitcombe and Debo" over "rah Ellery, ...": @inquirer/prompts breaks
// its lines at the edge, inside words. The answer shown once picked is the label whole.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { choiceLabel } from '../../../src/line/print-width.js';
import { inquirerPrompter } from '../../../src/line/prompter.js';

const LONG =
  'Follow up: Halverson Building Services, Lead Electrician (follow-up to Grace Whitcombe and Deborah Ellery, and follow-up call to Tomasz Wojcik: due today)';

describe('a long choice in line mode', () => {
  it('is broken between words, each next line under the label', () => {
    expect(choiceLabel(LONG, '1', 100).split('\n')).toEqual([
      'Follow up: Halverson Building Services, Lead Electrician (follow-up to Grace Whitcombe and',
      '     Deborah Ellery, and follow-up call to Tomasz Wojcik: due today)',
    ]);
    expect(choiceLabel(LONG, '12', 100).split('\n')[1]).toMatch(/^ {6}Deborah/);
    expect(choiceLabel('Start a new interview', '2', 100)).toBe('Start a new interview');
  });

  it('shows the list wrapped and answers with the value, the label whole after it', async () => {
    const input = new PassThrough();
    const output = Object.assign(new PassThrough(), { columns: 100, isTTY: true });
    let shown = '';
    output.on('data', (chunk: Buffer) => {
      shown += chunk.toString();
    });
    const prompter = await inquirerPrompter({ input, output }, () => 100);
    const answer = prompter.choose('What would you like to do?', [
      { value: 'follow-up', label: LONG },
      { value: 'new', label: 'Start a new interview' },
    ]);
    while (!shown.includes('2) Start')) await new Promise((resolve) => setImmediate(resolve));
    const plain = shown.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '');
    expect(plain).toContain(
      '  1) Follow up: Halverson Building Services, Lead Electrician (follow-up to Grace Whitcombe and\n     Deborah Ellery, and follow-up call to Tomasz Wojcik: due today)\n',
    );
    input.write('1\r');
    expect(await answer).toBe('follow-up');
  });
});

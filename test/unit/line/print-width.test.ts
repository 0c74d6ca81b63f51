// The line mode wraps what it prints between words, at the terminal's width, never at a fixed 80
// with a word split across the edge.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { plainPrompter } from '../../../src/line/plain-prompter.js';
import { lineColumns } from '../../../src/line/print-width.js';
import { captureStream } from '../../helpers/streams.js';

const SENTENCE =
  'No e-mail address for this person yet: ask Dana Kim. Once you have it, add it with Change an answer, then The interviewers.';

describe('what the line mode prints', () => {
  it('breaks between words at the width it is given, and continues under the text', () => {
    const output = captureStream();
    let columns = 40;
    const prompter = plainPrompter({ input: new PassThrough(), output, columns: () => columns });
    prompter.print(SENTENCE);
    expect(output.text()).toBe(
      [
        'No e-mail address for this person yet:',
        '  ask Dana Kim. Once you have it, add it',
        '  with Change an answer, then The',
        '  interviewers.',
        '',
      ].join('\n'),
    );
    // A wider window: the width is read again for each line.
    columns = 200;
    prompter.print(SENTENCE);
    expect(output.text().split('\n').at(-2)).toBe(SENTENCE);
  });

  it("takes the terminal's width, else COLUMNS when it is a width, else 80", () => {
    expect(lineColumns({ columns: 132 }, { COLUMNS: '60' })).toBe(132);
    expect(lineColumns({}, { COLUMNS: '60' })).toBe(60);
    expect(lineColumns({}, { COLUMNS: 'wide' })).toBe(80);
    expect(lineColumns({ columns: 0 }, {})).toBe(80);
  });
});

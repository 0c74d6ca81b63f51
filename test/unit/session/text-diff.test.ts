// Where a hand edit and the new text of a note differ: shared lines once, then the edit's lines
// over the new text's, with the words that differ marked.
import { describe, expect, it } from 'vitest';
import { textDiff } from '../../../src/session/review/text-diff.js';

describe('textDiff', () => {
  it('keeps shared lines once and marks the words that differ in the lines that do', () => {
    const lines = textDiff(
      'Dear Ruth,\n\nThe Apiary Manager role.\n\nJordan',
      'Dear Ruth,\n\nThe Lead Apiary Manager role.\n\nJordan',
    );
    expect(lines.map((line) => line.side)).toEqual(['both', 'both', 'yours', 'fresh', 'both', 'both']);
    expect(lines[2]!.parts).toEqual([{ text: 'The Apiary Manager role.', changed: false }]);
    expect(lines[3]!.parts).toEqual([
      { text: 'The ', changed: false },
      { text: 'Lead ', changed: true },
      { text: 'Apiary Manager role.', changed: false },
    ]);
  });

  it('shows a line only one text has whole, as changed', () => {
    expect(textDiff('Hi,\nAn extra line.\nBye', 'Hi,\nBye')).toEqual([
      { side: 'both', parts: [{ text: 'Hi,', changed: false }] },
      { side: 'yours', parts: [{ text: 'An extra line.', changed: true }] },
      { side: 'both', parts: [{ text: 'Bye', changed: false }] },
    ]);
  });

  it('has nothing to mark when the texts are the same', () => {
    expect(textDiff('One\nTwo\n', 'One\nTwo').every((line) => line.side === 'both')).toBe(true);
  });
});

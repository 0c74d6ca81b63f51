// notePoint (rules/content.ts): where a whole-note finding points, the first line of the writer's
// own words after the greeting. It looks for that word in a window that grows, so a word far
// past the greeting (after a long quoted block, which the prose blanks) must be found all the same.
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/checklist/draft.js';
import { notePoint } from '../../../src/checklist/rules/content.js';

describe('notePoint', () => {
  it('points at the first line after the greeting', () => {
    const text = 'Dear Priya,\n\nThank you for the tour of the lab.\nBest,\nJordan';
    const point = notePoint(parseDraft(text));
    expect(text.slice(point.start, point.end)).toBe('Thank you for the tour of the lab.');
  });

  it('finds the first word however far past the greeting it stands', () => {
    // Each quoted line is blanked in the prose: 300 of them put the first word 9,000 characters on.
    const quoted = Array.from({ length: 300 }, () => '> An earlier message, quoted.').join('\n');
    const text = `Dear Priya,\n${quoted}\nI enjoyed the lab tour.\nBest,\nJordan`;
    const point = notePoint(parseDraft(text));
    expect(point.start).toBe(text.indexOf('I enjoyed'));
    expect(text.slice(point.start, point.end)).toBe('I enjoyed the lab tour.');
  });

  it('falls back to the first word of all when nothing follows the greeting', () => {
    const text = 'Hi Priya, thanks!';
    expect(notePoint(parseDraft(text))).toEqual({ start: 0, end: text.length });
  });
});

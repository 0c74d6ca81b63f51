// How the interviewer list shares the rows it has: people and options whole when they fit, then
// the options scroll (three at least), then the people are cut with a line saying how many more.
import { describe, expect, it } from 'vitest';
import { listLayout } from '../../../src/ui/steps/interviewers-step.js';

describe('listLayout', () => {
  it('shows everyone and every option when there is room', () => {
    expect(listLayout(2, 6, 30, 8)).toEqual({ rows: 2, visible: 6 });
  });

  it('scrolls the options before it cuts the people', () => {
    expect(listLayout(5, 12, 16, 8)).toEqual({ rows: 5, visible: 3 });
  });

  it('cuts the people, keeping a row to say how many more, when even three options do not fit', () => {
    // 10 rows for the list: three options, one "… and N more" row, six people.
    expect(listLayout(8, 18, 18, 8)).toEqual({ rows: 6, visible: 3 });
    expect(listLayout(0, 2, 5, 8)).toEqual({ rows: 0, visible: 2 });
  });
});

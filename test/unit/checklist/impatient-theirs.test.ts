// tone-impatient on sentences written for this file: a date that is the reader's own decision
// day after a closing "thanks again", and a call from someone else the reader is told to expect,
// are neither of them pressure; the same words as the writer's demand still are.
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/checklist/draft.js';
import { toneImpatient } from '../../../src/checklist/rules/tone.js';
import type { CheckContext } from '../../../src/checklist/types.js';
import { ACME } from './sample.js';

/** ACME with its decision on `date`. */
const on = (date: string): CheckContext => ({ interview: { ...ACME, timeframe: { text: 'by then', date } } });
const found = (text: string, context: CheckContext) =>
  toneImpatient(parseDraft(text), context).map((hit) => text.slice(hit.start, hit.end));

describe('tone-impatient leaves alone what the reader owes nobody', () => {
  it('takes "thanks again" as thanks, not as chasing again, before their own decision day', () => {
    const text = 'Thanks again for the site walk, and I hope to hear from you by the 16th.';
    expect(found(text, on('2026-12-16'))).toEqual([]);
    expect(found('I hope to hear from you by the 16th, again.', on('2026-12-16'))).toEqual(['hear from you by the 16th']);
  });

  it('takes a third party’s call the reader is told to expect as news', () => {
    expect(found('My old site manager has your number, so expect to hear from him by Thursday.', {})).toEqual([]);
    expect(found('I expect to hear from you by Thursday.', {})).toEqual(['I expect to hear']);
    expect(found('I expect to hear from Maria by Thursday.', {})).toEqual(['I expect to hear']);
  });
});

// The one "keep this edit?" reducer both front ends send their answers to: each edit in
// question in turn, a replaced one dropped from the store before the next is asked.
import { describe, expect, it } from 'vitest';
import type { Note, NoteEdit } from '../../../src/model/types.js';
import { editAsked, loadingState, type EditInQuestion, type GuideState } from '../../../src/session/index.js';
import { editDropped, keepEdit } from '../../../src/session/keep-edit.js';
import { sampleInterview } from '../../helpers/sample-interview.js';

const edit = (to: string): NoteEdit => ({
  kind: 'thank-you',
  to,
  subject: 'Mine',
  body: `Dear ${to}, mine`,
  at: '2026-11-25T09:00:00.000Z',
});
const fresh = (to: string): Note => ({ kind: 'thank-you', to, subject: 'Thanks', body: `Dear ${to}, new`, attachments: [] });
const question = (to: string): EditInQuestion => ({ edit: edit(to), fresh: fresh(to) });

const stored = sampleInterview({ edits: [edit('Priya Raghunathan'), edit('Sam Ortiz')] });
const asking: GuideState = {
  ...loadingState(),
  screen: 'questions',
  stage: 'keep-edit',
  saved: stored,
  questions: [question('Priya Raghunathan'), question('Sam Ortiz')],
};

describe('keeping hand edits after a changed answer', () => {
  it('asks each in turn, drops a replaced edit from the store, and keeps the kept one', () => {
    expect(editAsked(asking)).toEqual({ question: question('Priya Raghunathan'), n: 1, total: 2 });
    const dropping = keepEdit(asking, false);
    expect(dropping.state.stage).toBe('dropping-edit');
    const withoutPriya = { ...stored, edits: [edit('Sam Ortiz')] };
    expect(dropping.commands).toEqual([{ type: 'drop-edit', interview: withoutPriya, edit: edit('Priya Raghunathan') }]);
    // The question stays on screen while the store drops the edit; a second key answers nothing.
    expect(editAsked(dropping.state)?.n).toBe(1);
    expect(keepEdit(dropping.state, true)).toEqual({ state: dropping.state, commands: [] });

    const second = editDropped(dropping.state, withoutPriya);
    expect([second.stage, second.saved]).toEqual(['keep-edit', withoutPriya]);
    expect(editAsked(second)).toEqual({ question: question('Sam Ortiz'), n: 2, total: 2 });

    const done = keepEdit(second, true);
    expect(done.commands).toEqual([]);
    expect([done.state.stage, done.state.asked, done.state.questions, done.state.saved]).toEqual(['ready', 2, [], withoutPriya]);
    expect(editAsked(done.state)).toBeNull();
  });

  it('ignores an answer or a dropped edit outside the question', () => {
    const ready: GuideState = { ...asking, stage: 'ready', questions: [] };
    expect(keepEdit(ready, false)).toEqual({ state: ready, commands: [] });
    expect(editDropped(asking, stored)).toBe(asking);
    expect(editAsked(ready)).toBeNull();
  });
});

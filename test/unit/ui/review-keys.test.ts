// The Ink review's key table (src/ui/review/review-keys.ts): what each key is in the review
// core, on a note, on a blocked copy and with the manual checks on screen.
import type { Key } from 'ink';
import { describe, expect, it } from 'vitest';
import type { Note } from '../../../src/model/types.js';
import { type ReviewState, reduceReview, startReview } from '../../../src/session/review/index.js';
import { reviewKey } from '../../../src/ui/review/review-keys.js';

const NOW = new Date('2026-11-25T09:00:00.000Z');
const none: Key = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageDown: false,
  pageUp: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  ctrl: false,
  shift: false,
  tab: false,
  backspace: false,
  delete: false,
  meta: false,
  super: false,
  hyper: false,
  capsLock: false,
  numLock: false,
};
const note: Note = { kind: 'thank-you', to: 'Priya Raghunathan', subject: 'Thanks', body: 'Dear Priya', attachments: [] };
const error = { rule: 'placeholder', severity: 'error', message: 'x', line: 1, column: 1, excerpt: 'x' } as const;

function review(manualConfirmed = true): ReviewState {
  const start = startReview({ manualConfirmed, editorName: 'nano' }).state;
  const notes = reduceReview(start, { type: 'notes', notes: [{ note, edited: false }] }).state;
  return reduceReview(notes, { type: 'rules', note, findings: [error] }).state;
}
const key = (input: string, pressed: Partial<Key> = {}, state = review()) =>
  reviewKey(input, { ...none, ...pressed }, state, () => NOW);

describe('the review keys', () => {
  it('on a note: move, scroll, copy, mark sent, edit, reminders, and the root’s keys', () => {
    expect(key('', { leftArrow: true })).toEqual({ to: 'core', action: { type: 'move', by: -1 } });
    expect(key('n')).toEqual({ to: 'core', action: { type: 'move', by: 1 } });
    expect(key('', { downArrow: true })).toEqual({ to: 'scroll', by: 1 });
    expect(key(' ')).toEqual({ to: 'scroll', by: 'page-down' });
    expect(key('c')).toEqual({ to: 'core', action: { type: 'copy' } });
    expect(key('u')).toEqual({ to: 'core', action: { type: 'copy-subject' } });
    expect(key('s')).toEqual({ to: 'core', action: { type: 'mark-sent', at: NOW.toISOString() } });
    expect(key('e')).toEqual({ to: 'core', action: { type: 'edit' } });
    expect(key('r')).toEqual({ to: 'core', action: { type: 'reminders' } });
    expect(key('a')).toEqual({ to: 'root', what: 'change' });
    expect(key('', { escape: true })).toEqual({ to: 'root', what: 'back' });
    expect(key('q')).toEqual({ to: 'root', what: 'finish' });
    expect(key('x')).toBeNull();
  });

  it('o overrides only a blocked copy, and Esc there goes back to the note', () => {
    expect(key('o')).toBeNull();
    const blocked = reduceReview(review(), { type: 'copy' }).state;
    expect(key('o', {}, blocked)).toEqual({ to: 'core', action: { type: 'copy', override: true } });
    expect(key('', { escape: true }, blocked)).toEqual({ to: 'core', action: { type: 'dismiss' } });
  });

  it('with the manual checks on screen: digits tick, y confirms, Esc puts them off, the rest waits', () => {
    const checking = reduceReview(review(false), { type: 'copy', override: true }).state;
    expect(checking.checking).not.toBeNull();
    expect(key('2', {}, checking)).toEqual({ to: 'core', action: { type: 'tick', item: 1 } });
    expect(key('y', {}, checking)).toEqual({ to: 'core', action: { type: 'confirm-checks' } });
    expect(key('', { escape: true }, checking)).toEqual({ to: 'core', action: { type: 'cancel-checks' } });
    expect(key('\r', { return: true }, checking)).toBeNull();
    expect(key('q', {}, checking)).toBeNull();
  });

  it('takes no Ctrl chord for a letter: Ctrl-C quits, it does not copy', () => {
    expect(key('c', { ctrl: true })).toBeNull();
    expect(key('s', { ctrl: true })).toBeNull();
    const checking = reduceReview(review(false), { type: 'copy', override: true }).state;
    expect(key('y', { ctrl: true }, checking)).toBeNull();
    // Esc and the arrows come with meta set, as Ink's parser reports them: they still count.
    expect(key('', { escape: true, meta: true }, checking)).toEqual({ to: 'core', action: { type: 'cancel-checks' } });
    expect(key('', { leftArrow: true, meta: true })).toEqual({ to: 'core', action: { type: 'move', by: -1 } });
  });
});

// A new user's trial: the same action had another name on each screen ("s mark as called" in the
// Ink review, "Mark call 1 as made" in the line mode, "record the call as made" in regen). Each
// action is now named once (src/session/review/messages.ts, actions) and every place says it so.
import { describe, expect, it } from 'vitest';
import { messages as regen } from '../../../src/commands/regen/messages.js';
import { line } from '../../../src/session/review/messages.js';
import { hints } from '../../../src/ui/messages.js';

const keyFor = (list: ReadonlyArray<readonly [string, string]>, key: string) => list.find(([k]) => k === key)?.[1];

describe('the review names each action once', () => {
  it('marking: a note is marked sent, a call marked made, on every screen', () => {
    expect(keyFor(hints.reviewFor({ spoken: false, sent: false }), 's')).toBe('mark sent');
    expect(keyFor(hints.reviewFor({ spoken: true, sent: false }), 's')).toBe('mark made');
    expect(keyFor(hints.review, 's')).toBe('mark sent');
    expect([line.markEntry(1, true), line.markEntry(2, false)]).toEqual(['Mark call 1 as made', 'Mark note 2 as sent']);
    expect([regen.madeYes, regen.noAddressYes, regen.earlyYes]).toEqual([
      'Yes, mark the call as made now',
      'Yes, mark it as sent now',
      'Yes, mark it as sent now',
    ]);
    expect([regen.madeNo, regen.noAddressNo, regen.earlyNo]).toEqual([
      'Not yet: I will mark it once I have made the call',
      'Not yet: I will mark it once it is sent',
      'No, do not mark it yet',
    ]);
  });

  it('copy, edit and back read the same in the full review and the blocked one', () => {
    for (const list of [hints.review, hints.reviewFor({ spoken: false, sent: false })]) {
      expect([keyFor(list, 'c'), keyFor(list, 'e'), keyFor(list, 'Esc')]).toEqual(['copy', 'edit', 'back']);
    }
    expect(keyFor(hints.reviewBlocked, 'o')).toBe('override: copy anyway');
    expect(keyFor(hints.reviewBlocked, 'e')).toBe('edit');
  });

  it('asks the same questions in the line review and in regen', () => {
    expect(regen.overrideQuestion(1)).toBe(line.overrideBlocked(1));
    expect(line.overrideBlocked(2)).toBe('The checklist found 2 errors in this note (above). Copy it anyway?');
    expect(regen.earlyQuestion).toBe(`Copied. ${line.markSentEarly}`);
  });
});

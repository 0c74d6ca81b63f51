// `--kind` as typed (src/commands/shared/kind-arg.ts): near misses read, close ones suggested.
import { describe, expect, it } from 'vitest';
import { parseKind } from '../../../src/commands/shared/kind-arg.js';

describe('parseKind', () => {
  it.each([
    ['thank-you', 'thank-you'],
    ['Follow-Up', 'follow-up'],
    ['followup', 'follow-up'],
    ['stay_in_touch', 'stay-in-touch'],
  ])('reads %s as %s', (typed, kind) => {
    expect(parseKind(typed, 'regen')).toBe(kind);
  });

  it.each([
    ['thanks', 'Did you mean thank-you?'],
    ['thankyou-note', 'Did you mean thank-you?'],
    ['voicemial', 'Did you mean voicemail?'],
  ])('suggests the kind meant by %s', (typed, hint) => {
    expect(() => parseKind(typed, 'regen')).toThrow(`"${typed}" is not a kind of note. ${hint}`);
  });

  it('lists the kinds when nothing is close', () => {
    expect(() => parseKind('letter', 'regen')).toThrow(
      expect.objectContaining({
        message: '"letter" is not a kind of note.',
        tryMessage:
          '--kind with one of thank-you, follow-up, voicemail, contact-request, not-selected, stay-in-touch  (followup-coach regen --help)',
      }),
    );
  });
});

// What the session shows under the timeframe as it is typed: the day it read, and, for words
// that name no day of their own, how it read them. A trial's "early in the new year" became New
// Year's Day, a bank holiday, with nothing to say that the coach had chosen that day.
import { describe, expect, it } from 'vitest';
import { EMPTY_ANSWERS } from '../../../src/session/index.js';
import { FIELDS } from '../../../src/session/fields.js';
import { STEP_CONTEXT } from '../../support/fake-world.js';

const field = FIELDS.find((each) => each.id === 'next.timeframe');
const preview = (words: string) =>
  field?.kind === 'text' ? field.preview?.(words, { ...EMPTY_ANSWERS, date: '2026-12-02' }, STEP_CONTEXT, 0) : undefined;

describe('the timeframe preview', () => {
  it('says how "early in the new year" was read: the end of the first full week back', () => {
    expect(preview('early in the new year')).toBe(
      'early in the new year → Friday, January 8, 2027 (the end of the first full week back in January, so the follow-up waits for the second week)',
    );
  });

  it('gives a day they named as it is, also beside a holiday named as the reason', () => {
    expect(preview('before the Christmas rota goes out, so by the 11th')).toBe(
      'before the Christmas rota goes out, so by the 11th → Friday, December 11, 2026',
    );
  });

  it('reads "in a fortnight" as the day two weeks on', () => {
    expect(preview('in a fortnight')).toBe('in a fortnight → Wednesday, December 16, 2026');
  });

  // A trial typed "in a fortnight", was told only that no date was read and that the words were
  // kept, and went on with a follow-up due a week before the decision.
  it('says what follows from words it cannot read, and what to type instead', () => {
    expect(preview('once the board has met')).toBe(
      '→ no date in that, so the follow-up waits 5 business days after your thank-you; if they gave a day or a span, type it as they said it ("in two weeks", "by Friday")',
    );
  });
});

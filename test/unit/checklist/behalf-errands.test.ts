// Issue #13, item 1: an errand run for the writer by anyone, named by the errand and not by who
// runs it (behalf-errands.ts). None of these sentences comes from a corpus draft.
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/checklist/draft.js';
import { thirdParty } from '../../../src/checklist/rules/third-party.js';

const found = (text: string) => thirdParty(parseDraft(text), {});

describe('third-party: errands run on the writer\u2019s behalf', () => {
  it.each([
    'A friend who works in your finance team said she\u2019d walk my CV over to you.',
    "I'll have my old principal send you a note about my classroom management.",
    'Jamie from the climbing gym said he\u2019d put my name forward with you on Monday.',
    "I've asked my brother-in-law, who knows your owner, to mention me to him.",
    "My neighbour said he'd bring my name up with your manager at the club.",
  ])('flags %j', (text) => expect(found(text).length).toBe(1));

  it.each([
    "I'll have time to call you on Monday if that suits.",
    'I could get back to you with the figures tomorrow.',
    "I'd ask you to call me on my mobile rather than the landline.",
    'I will get everything to you by Friday.',
    "I'll have my references ready if you need them.",
    'I asked my manager for a day off to come to the interview.',
    "She said she'd pass my name to the agency, which was kind of her.",
  ])('leaves %j alone', (text) => expect(found(text)).toEqual([]));
});

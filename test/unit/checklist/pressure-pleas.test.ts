// Issue #13, item 1: pressure said softly: pleading, a vigil kept at the reader, the writer's bind
// laid on them, the least asked for as a reproach, a promised day held against today, the worst
// assumed out loud (pressure-pleas.ts). None of these sentences comes from a corpus draft; each
// near miss waits on the reader's terms.
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/checklist/draft.js';
import { toneImpatient } from '../../../src/checklist/rules/tone.js';

const found = (text: string) => toneImpatient(parseDraft(text), {});

describe('tone-impatient: pleas, vigils and binds', () => {
  it.each([
    "Please, please let me know either way. I'll keep my phone on all weekend.",
    "I'd really appreciate hearing something before the weekend, one way or the other.",
    'I need an answer by Friday because I have to give notice at my current job.',
    "I can't keep turning down shifts while I wait for your decision.",
    "Every day without news is another day I can't plan around.",
    "I'll call the office on Wednesday if I haven't heard by then.",
    "I have to tell the other school by Monday, so I'll need your answer before then.",
    "I've been sitting by the phone all week.",
    'It would really help me to know this week, as my lease runs out.',
    "I was told I'd hear by Tuesday, and it's now Friday.",
    "If I don't hear back I'll assume the worst.",
    "Could you at least tell me whether I'm still being considered?",
    "I'm sure you understand that I can't wait around indefinitely.",
    'Any update at all would be appreciated, even a one-line reply today.',
  ])('flags %j', (text) => expect(found(text).length).toBeGreaterThan(0));

  it.each([
    'I look forward to hearing from you when the decision is made.',
    'You mentioned a decision by the 12th, and that works well for me.',
    "I'm still very interested in the role and happy to wait for news.",
    'Please let me know if you need anything else from me.',
    "I'll keep an eye on my inbox for the scheduling link you mentioned.",
    'If it helps your planning, I could start as early as January.',
    "I'd be glad to answer any other questions you have.",
    'I understand these decisions take time.',
  ])('leaves %j alone', (text) => expect(found(text)).toEqual([]));
});

// tone-scathing's frames (src/checklist/rules/scorn-frames.ts): scorn that wears sympathy, praise
// or a hedge. Every sentence here was written for this test, in trades and wordings the corpora
// do not use; the polite ones beside them share their words and must stay quiet.
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/checklist/draft.js';
import { toneScathing } from '../../../src/checklist/rules/tone.js';

const note = (line: string) => `Hi Morag,\n\n${line}\n\nBest,\nTeodor`;
const found = (line: string) => {
  const text = note(line);
  return toneScathing(parseDraft(text), {}).map((hit) => [text.slice(hit.start, hit.end), hit.severity ?? 'error']);
};

describe('tone-scathing frames: scorn in sympathy, praise or a hedge', () => {
  it.each([
    // Mock assurance after a concession
    // (the sure tier has this one first, as an error)
    ['Anyway, I am sure the hiring committee had its reasons.', 'I am sure the hiring committee had its reasons', 'error'],
    ["The shortlist was never published. Oh well, I'm sure you know best.", "Oh well, I'm sure you know"],
    // A duty that is nobody's job over there
    ["Returning calls to candidates clearly is nobody's priority at the bakery.", "is nobody's priority"],
    ["I gather updating the careers page is not anyone's responsibility.", "is not anyone's responsibility"],
    // Their line of contact neglected, as a guess
    ['I take it the front desk voicemail never gets checked.', 'I take it the front desk voicemail never gets checked'],
    ["Presumably your inbox isn't monitored on Fridays.", "Presumably your inbox isn't monitored"],
    // Treatment kept for others
    ["Perhaps that is only for applicants who aren't local.", "that is only for applicants who aren't"],
    // A loaded time word on their doing or their things
    ['Kind of the foreman to eventually show me the crane cab.', 'Kind of the foreman to eventually show'],
    ['Great to hear your booking system is at last working.', 'your booking system is at last'],
    ['So the old kilns are finally replaced, good for you.', 'the old kilns are finally'],
    // The emphatic negative about what they did
    ["I had to ask twice, as the recruiter clearly didn't read my CV.", "the recruiter clearly didn't read", 'error'],
    // A whole kind of employer judged
    ['I suspect it was politics; it always is at big charities.', 'it always is at big charities'],
    ["Three weeks for a reply, but that's the civil service for you.", "that's the civil service for you"],
    ['Honestly, typical of a chain bakery to lose my form.', 'typical of a chain'],
    ["I'd have expected a county council to manage a working projector.", "I'd have expected a county council to manage"],
    ['That is rich coming from a firm that kept me waiting an hour.', 'rich coming from a firm that'],
    // A put-down by contrast, or by "this time"
    ['I will turn up on time, unlike some of your drivers.', 'unlike some of your drivers'],
    ['Happy to learn, unlike the rest of your apprentices.', 'unlike the rest of your apprentices'],
    ['Fingers crossed the team plans the rota properly this time.', 'the team plans the rota properly this time'],
    // Praise kept to one part
    ['The only bit of the visit that seemed organised was the safety talk.', 'The only bit of the visit that seemed organised'],
  ])('warns on %j', (line, phrase, level = 'warning') => expect(found(line)).toEqual([[phrase, level]]));

  it.each([
    // Assurance with no concession before it
    "I'm sure you're very busy, so I'll keep this short.",
    'I am sure the committee will choose well, and I hope to hear from you.',
    // Jobs, phones and inboxes spoken of plainly
    'Scheduling the fitters sounds like a job for someone with a cool head.',
    'I take it the front desk voicemail is the best number for the rota office.',
    'I gather the inbox is shared by the whole clinic, so I have copied Amir.',
    // "finally" and "at last" of the writer
    'I finally understand why your two-person lift rule matters so much.',
    'It was lovely to meet you at last after so many e-mails.',
    "I'm glad I finally got to see the kilns fired.",
    // "clearly" and "always" said warmly, and of the writer
    'I enjoyed the tour, as you clearly love the workshop.',
    'It always is a pleasure to talk shop with other joiners.',
    "That's the kind of place I want to work for.",
    'I would have thought the afternoon would drag, but it flew by.',
    // "unlike" of the writer's past, and "this time" plainly
    'Unlike my last site, your depot runs a proper handover.',
    'I would love to apply again this time next year.',
    'The one part of the day I found hardest was the forklift test.',
  ])('leaves %j alone', (line) => expect(found(line)).toEqual([]));
});

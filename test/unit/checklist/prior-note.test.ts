// missing-prior reads how a follow-up says it carries the earlier note: a phrase naming that note
// and a word carrying it, in phrasings none of the rule's own examples use, and the sentences
// close to them that carry nothing (the note only mentioned, or something else attached).
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/checklist/draft.js';
import { missingPrior } from '../../../src/checklist/rules/content.js';
import { pointsAtPrior } from '../../../src/checklist/rules/prior-note.js';

const followUp = { kind: 'follow-up' as const };
const note = (line: string, subject = 'Re: Thank you - Sous Chef interview') =>
  parseDraft(
    `Subject: ${subject}\n\nHi Dana,\n\nI'm writing to ask whether there is any news on the role. ${line}\n\nBest,\nSam`,
  );

describe('a follow-up that carries its earlier note', () => {
  it.each([
    'My note from the 20th is below.',
    'I have attached my CV again with my thank-you note from 27 November.',
    'I attach my CV again, together with my thank-you note of November 10.',
    'Below is my message from 23 November.',
    'First note below, resume attached again.',
    'My first mail is under this one.',
    "Here's what I sent after our interview, for reference.",
    'For ease, the note I sent on Monday is pasted at the end of this e-mail.',
    "I've included my original thank-you below in case it got buried.",
    'My resume and note from the 17th are attached.',
    'Resending my thank you note from last week in case it went astray.',
    'I am forwarding my earlier e-mail so you have everything in one place.',
    'Original e-mail attached.',
    'The one I sent on the 9th is copied underneath.',
    'I followed up on my note below about the schedule.',
    'My thank-you from the 3rd follows.',
  ])('takes %j as carrying it', (line) => {
    expect(pointsAtPrior(line)).toBe(true);
    expect(missingPrior(note(line), followUp)).toEqual([]);
  });

  it('takes a forwarded note as carried, whatever the body says', () => {
    expect(missingPrior(note('I am still keen.', 'Fwd: Thank you - Sous Chef interview'), followUp)).toEqual([]);
    expect(missingPrior(note('I am still keen.', 'FW: Thank you'), followUp)).toEqual([]);
  });
});

describe('a follow-up that only mentions it, or attaches something else', () => {
  it.each([
    'As I said in my earlier note, I am still very keen.',
    'In my earlier email I attached a writing sample.',
    'I hope my thank-you note reached you.',
    'Thank you for your note last week; my resume is attached again.',
    'My resume is attached again.',
    'I have attached two references and my certificate.',
    'Since my last message, I finished the food safety course.',
    'I am still very interested, and happy to send anything else below the line you need.',
    'Thank you again for the tour; the schedule you sent is attached for my records.',
  ])('still asks for the earlier note after %j', (line) => {
    expect(pointsAtPrior(line)).toBe(false);
    expect(missingPrior(note(line), followUp)).toHaveLength(1);
  });

  it('reads a reply subject as no carried note: "Re:" alone does not quote anything', () => {
    expect(missingPrior(note('I am still keen.', 'Re: Thank you'), followUp)).toHaveLength(1);
  });
});

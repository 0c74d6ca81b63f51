// duplicate-note on notes that are different overall but share whole paragraphs: the case the
// old threshold (80% of word triples) let through, with templates that picked a paragraph by position.
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/checklist/draft.js';
import { duplicateNote } from '../../../src/checklist/rules/duplicate.js';
import type { Note } from '../../../src/model/types.js';
import { ACME } from './sample.js';

const priya = { interview: ACME, to: 'Priya Raghunathan', kind: 'thank-you' as const };
const note = (to: string, body: string): Note => ({ kind: 'thank-you', to, subject: 'Thank you', body, attachments: [] });
const SIGNATURE = 'Best regards,\nJordan Lee\njordan@example.com\n+1 555 0100';
const SHARED_MIDDLE =
  'Our talk left me even more excited about the chance to join Acme Robotics, and I am confident my experience would let me make a real contribution.';
const SHARED_CLOSE = 'Thank you again for your time and for considering me. I look forward to hearing from you.';

const toPriya = [
  'Dear Priya,',
  'Thank you for meeting with me about the Senior Backend Engineer role. Our conversation about moving telemetry ingestion to Kafka, and the way you replay old events when a schema changes, gave me a lot to think about on the way home.',
  SHARED_MIDDLE,
  SHARED_CLOSE,
  SIGNATURE,
].join('\n\n');

const toSam = (middle: string, close: string) =>
  [
    'Dear Sam,',
    'I wanted to thank you for walking me through the OTA update pipeline for the robot fleet. Hearing how staged rollouts catch a bad build before it reaches every robot was the highlight of my afternoon.',
    middle,
    close,
    SIGNATURE,
  ].join('\n\n');

describe('duplicate-note and shared paragraphs', () => {
  it('fires on two notes that share whole paragraphs though most of their words differ', () => {
    const hits = duplicateNote(parseDraft(toPriya), {
      ...priya,
      siblings: [note('Sam Ortiz', toSam(SHARED_MIDDLE, SHARED_CLOSE))],
    });
    expect(hits).toHaveLength(1);
    expect(hits[0]!.message).toMatch(/^This note is \d+% the same text as the one to Sam Ortiz\./);
  });

  it('fires on one shared paragraph of ten words or more', () => {
    const own = 'I would be glad to go into more detail on the fleet work.';
    const hits = duplicateNote(parseDraft(toPriya), { ...priya, siblings: [note('Sam Ortiz', toSam(own, SHARED_CLOSE))] });
    expect(hits).toHaveLength(1);
  });

  it('stays quiet when only the signature and short lines match', () => {
    const middle = 'I would be glad to go into more detail on the fleet work.';
    const close = 'Thanks again for showing me the test bench in the lab.';
    expect(duplicateNote(parseDraft(toPriya), { ...priya, siblings: [note('Sam Ortiz', toSam(middle, close))] })).toEqual([]);
  });
});

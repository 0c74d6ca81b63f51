// Which `sent` is the same note typed again: a one-time note to the same person on any day, a
// follow-up or voicemail only on the same day (a second follow-up later is a real second note).
import { describe, expect, it } from 'vitest';
import { alreadySent } from '../../../src/commands/sent/already.js';
import type { SentEntry } from '../../../src/model/types.js';
import { sampleInterview } from '../../helpers/sample-interview.js';

const thanks: SentEntry = { kind: 'thank-you', to: 'Priya Raghunathan', at: '2026-11-24T12:00:00.000Z', method: 'outside' };
const followUp: SentEntry = { kind: 'follow-up', to: 'Priya Raghunathan', at: '2026-12-07T12:00:00.000Z', method: 'outside' };
const interview = sampleInterview({ sent: [thanks, followUp] });

describe('alreadySent', () => {
  it('a thank-you to the same person is the same note, whatever day is typed', () => {
    expect(alreadySent(interview, 'thank-you', 'Priya Raghunathan', '2026-11-25')).toBe(thanks);
  });

  it('a follow-up is the same note only on the same day', () => {
    expect(alreadySent(interview, 'follow-up', 'Priya Raghunathan', '2026-12-07')).toBe(followUp);
    expect(alreadySent(interview, 'follow-up', 'Priya Raghunathan', '2026-12-21')).toBeUndefined();
  });

  it('another person or another kind is a new note', () => {
    expect(alreadySent(interview, 'thank-you', 'Sam Ortiz', '2026-11-24')).toBeUndefined();
    expect(alreadySent(interview, 'voicemail', 'Priya Raghunathan', '2026-12-07')).toBeUndefined();
  });
});

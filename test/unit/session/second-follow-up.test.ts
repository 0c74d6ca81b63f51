// A second follow-up is a note of its own: the sent log's entry and the hand edit of the first
// belong to the first. Which note a composed follow-up is comes from model/sent-log.ts
// (followsSent); the rest of the app reads it off the note (`follows`).
import { describe, expect, it } from 'vitest';
import { entriesFor, followsSent } from '../../../src/model/sent-log.js';
import type { Note, NoteEdit, SentEntry } from '../../../src/model/types.js';
import { asSent } from '../../../src/session/note-history.js';
import { withEdit } from '../../../src/session/note-text.js';
import { lastSent } from '../../../src/session/review/index.js';
import { addEdit } from '../../../src/store/data.js';
import { sampleInterview } from '../../helpers/sample-interview.js';

const PRIYA = 'Priya Raghunathan';
const first: SentEntry = { kind: 'follow-up', to: PRIYA, at: '2026-12-07T15:00:00.000Z', body: 'the first', subject: 'Re: x' };
const interview = sampleInterview({ sent: [first] });
const note = (follows?: string): Note => ({
  kind: 'follow-up',
  to: PRIYA,
  subject: 'Re: x',
  body: 'composed',
  attachments: [],
  ...(follows ? { follows } : {}),
});
const edit = (at: string, body: string): NoteEdit => ({ kind: 'follow-up', to: PRIYA, subject: 'Re: x', body, at });

describe('followsSent: which follow-up a note is today', () => {
  it('is the first (on record) until ten days after it went, then the second', () => {
    expect(followsSent(interview, 'follow-up', PRIYA, '2026-12-07')).toBeUndefined();
    expect(followsSent(interview, 'follow-up', PRIYA, '2026-12-16')).toBeUndefined();
    expect(followsSent(interview, 'follow-up', PRIYA, '2026-12-17')).toBe(first.at);
  });

  it('is the last once two went, none before any went, and none after a decision', () => {
    const two = { ...interview, sent: [first, { ...first, at: '2026-12-21T15:00:00.000Z' }] };
    expect(followsSent(two, 'follow-up', PRIYA, '2027-01-10')).toBeUndefined();
    expect(followsSent(sampleInterview(), 'follow-up', PRIYA, '2027-01-10')).toBeUndefined();
    expect(followsSent({ ...interview, status: 'offer' }, 'follow-up', PRIYA, '2027-01-10')).toBeUndefined();
  });

  it('needs a clock: with no today, the note stays the one on record', () => {
    expect(followsSent(interview, 'follow-up', PRIYA, null)).toBeUndefined();
  });

  it('counts a follow-up call and an e-mail as the two follow-ups of one person', () => {
    const both = { ...interview, sent: [first, { ...first, kind: 'voicemail' as const, at: '2026-12-20T15:00:00.000Z' }] };
    expect(followsSent(both, 'follow-up', PRIYA, '2027-01-10')).toBeUndefined();
  });
});

describe('a second follow-up in the sent log, the review and the edits', () => {
  it('has no entries of its own until it goes, and is not the first one sent again', () => {
    expect(entriesFor(interview.sent, note(first.at))).toEqual([]);
    expect(lastSent(interview.sent, note(first.at))).toBeUndefined();
    expect(asSent(note(first.at), interview.sent)).toMatchObject({ body: 'composed', sentAt: null });
    expect(asSent(note(), interview.sent)).toMatchObject({ body: 'the first', sentAt: first.at });
    const second = { ...first, at: '2026-12-21T15:00:00.000Z', body: 'the second' };
    expect(lastSent([first, second], note(first.at))).toEqual(second);
  });

  it('takes only the hand edit made after the first went', () => {
    const before = edit('2026-12-07T14:00:00.000Z', 'edit of the first');
    expect(withEdit(note(first.at), [before])).toMatchObject({ body: 'composed', edited: false });
    const after = edit('2026-12-20T10:00:00.000Z', 'edit of the second');
    expect(withEdit(note(first.at), [before, after])).toMatchObject({ body: 'edit of the second', edited: true });
  });

  it('keeps the first one’s edit in the store when the second is edited', () => {
    const before = edit('2026-12-07T14:00:00.000Z', 'edit of the first');
    const after = edit('2026-12-20T10:00:00.000Z', 'edit of the second');
    const saved = addEdit(addEdit(interview, before), after);
    expect(saved.edits).toEqual([before, after]);
    const again = edit('2026-12-20T11:00:00.000Z', 'edit of the second, again');
    expect(addEdit(saved, again).edits).toEqual([before, again]);
  });
});

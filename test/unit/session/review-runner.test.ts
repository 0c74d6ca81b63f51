// The review core's effects, run by settle() through ReviewEffects backed by plain lists: what
// reaches the world (copied text, entries recorded, edits saved) and what the state says after.
import { describe, expect, it } from 'vitest';
import type { Finding, Note, NoteEdit, SentEntry } from '../../../src/model/types.js';
import { type ReviewEffects, settle, startReview } from '../../../src/session/review/index.js';

const NOW = new Date('2026-11-25T09:00:00.000Z');
const note: Note = {
  kind: 'thank-you',
  to: 'Priya Raghunathan',
  subject: 'Thank you',
  body: 'Dear [Name],\nthank you.\nJordan Lee',
  attachments: [],
};
const placeholder: Finding = {
  rule: 'placeholder',
  severity: 'error',
  message: 'A stand-in is left in the text.',
  line: 1,
  column: 6,
  excerpt: '[Name]',
};

interface World {
  readonly copied: string[];
  readonly recorded: SentEntry[];
  readonly saved: NoteEdit[];
  readonly effects: ReviewEffects;
}

function world(options: { recordFails?: string; editorText?: string } = {}): World {
  const copied: string[] = [];
  const recorded: SentEntry[] = [];
  const saved: NoteEdit[] = [];
  const effects: ReviewEffects = {
    now: () => NOW,
    notes: async () => [{ note, edited: false }],
    // The placeholder rule's finding, for as long as the stand-in is in the text.
    check: async (checked) => (checked.body.includes('[Name]') ? [placeholder] : []),
    schedule: async (marked) => marked.map((entry) => `${entry.kind} to ${entry.to}: sent`),
    copy: async (text) => {
      copied.push(text);
      return { method: 'clipboard' };
    },
    recordSent: async (_note, entry) => {
      // As the store's SaveError does: a short reason for the status line.
      if (options.recordFails) throw Object.assign(new Error('ENOSPC: write failed'), { reason: options.recordFails });
      recorded.push(entry);
      return undefined;
    },
    editText: async () => ({ kind: 'edited', text: options.editorText ?? '' }),
    saveEdit: async (edit) => {
      saved.push(edit);
    },
    writeCalendar: async () => ({ path: 'acme.ics', count: 1 }),
  };
  return { copied, recorded, saved, effects };
}

async function opened(w: World) {
  const start = startReview({ manualConfirmed: true, editorName: 'nano' });
  return settle(start.state, start.effects, w.effects);
}

describe('the review run against its effects', () => {
  it('writes and checks the notes before the first question', async () => {
    const state = await opened(world());
    expect(state.notes).toEqual([{ note, edited: false, findings: [placeholder], spellingPending: false }]);
    expect(state.schedule).toEqual([]);
  });

  it('blocked, then overridden: copies the body, and a failed record says why and marks nothing', async () => {
    const w = world({ recordFails: 'the disk is full' });
    const blocked = await settle(await opened(w), { type: 'copy' }, w.effects);
    expect([blocked.status, w.copied]).toEqual([{ kind: 'blocked', errors: 1 }, []]);
    const copied = await settle(blocked, { type: 'copy', override: true }, w.effects);
    expect([copied.status, w.copied]).toEqual([
      { kind: 'copied', method: 'clipboard', attachments: [], spoken: false, next: 'no-address', ask: null },
      [note.body],
    ]);
    const failed = await settle(copied, { type: 'mark-sent', at: NOW.toISOString() }, w.effects);
    expect([failed.status, failed.marked, w.recorded]).toEqual([{ kind: 'not-recorded', why: 'the disk is full' }, [], []]);
  });

  it('records what was copied and reads the schedule again with it', async () => {
    const w = world();
    const copied = await settle(await opened(w), { type: 'copy', override: true }, w.effects);
    const sent = await settle(copied, { type: 'mark-sent', at: NOW.toISOString() }, w.effects);
    expect(w.recorded).toEqual([
      { kind: 'thank-you', to: note.to, at: NOW.toISOString(), method: 'clipboard', subject: 'Thank you', body: note.body },
    ]);
    expect([sent.status, sent.schedule]).toEqual([
      { kind: 'sent', at: NOW.toISOString(), spoken: false },
      ['thank-you to Priya Raghunathan: sent'],
    ]);
  });

  it('saves an edit and checks the new text: the fixed placeholder no longer blocks the copy', async () => {
    const w = world({ editorText: 'Subject: Thank you\n\nDear Priya,\nthank you.\nJordan Lee\n' });
    const edited = await settle(await opened(w), { type: 'edit' }, w.effects);
    expect(edited.status).toEqual({ kind: 'edited' });
    expect(w.saved).toEqual([
      {
        kind: 'thank-you',
        to: note.to,
        subject: 'Thank you',
        body: 'Dear Priya,\nthank you.\nJordan Lee',
        at: NOW.toISOString(),
      },
    ]);
    expect(edited.notes?.[0]).toMatchObject({ edited: true, findings: [], spellingPending: false });
    const copied = await settle(edited, { type: 'copy' }, w.effects);
    expect(w.copied).toEqual(['Dear Priya,\nthank you.\nJordan Lee']);
    expect(copied.status.kind).toBe('copied');
  });

  it('writes the reminders, and says why when it cannot', async () => {
    const w = world();
    expect((await settle(await opened(w), { type: 'reminders' }, w.effects)).status).toEqual({
      kind: 'calendar',
      path: 'acme.ics',
      count: 1,
    });
    const broken = { ...w.effects, writeCalendar: () => Promise.reject(new Error('EACCES: permission denied')) };
    expect((await settle(await opened(w), { type: 'reminders' }, broken)).status).toEqual({
      kind: 'calendar-failed',
      problem: 'EACCES: permission denied',
    });
  });
});

// The review core without any front end: every transition of src/session/review/reduce.ts with
// the exact state and effects it gives, from real notes and findings.
import { describe, expect, it } from 'vitest';
import type { Finding, Note, SentEntry } from '../../../src/model/types.js';
import {
  type ReviewAction,
  type ReviewState,
  reduceReview,
  sentLog,
  sortFindings,
  startReview,
} from '../../../src/session/review/index.js';
import { sampleInterview } from '../../helpers/sample-interview.js';

const AT = '2026-11-25T09:00:00.000Z';

const priya: Note = {
  kind: 'thank-you',
  to: 'Priya Raghunathan',
  address: 'priya@acme.example',
  subject: 'Thank you: Senior Backend Engineer interview',
  body: 'Dear Priya,\nthank you for the talk about Kafka.\nJordan Lee',
  attachments: ['resume.pdf'],
};
const sam: Note = {
  kind: 'voicemail',
  to: 'Sam Ortiz',
  address: '+1 555 0101',
  subject: '',
  body: 'Hi Sam, this is Jordan Lee.',
  attachments: [],
};

const finding = (rule: string, severity: Finding['severity'], line: number, column = 1): Finding => ({
  rule,
  severity,
  message: `${rule} here.`,
  line,
  column,
  excerpt: 'Dear',
});
const groupNote = finding('group-note', 'error', 1);
const placeholder = finding('placeholder', 'error', 3);
const cliche = finding('cliche', 'warning', 2);
const early = finding('too-early', 'warning', 1);
const spelling = finding('spelling', 'error', 2, 5);

/** Applies the actions in turn; the effects are those of the last one. */
function play(state: ReviewState, ...actions: ReviewAction[]) {
  let step = { state, effects: [] as unknown };
  for (const action of actions) step = reduceReview(step.state, action);
  return step as ReturnType<typeof reduceReview>;
}

/** The review with both notes written and checked, the manual checks confirmed or not. */
function ready(findings: readonly Finding[] = [], manualConfirmed = true): ReviewState {
  const start = startReview({ manualConfirmed, editorName: 'nano' }).state;
  return play(
    start,
    {
      type: 'notes',
      notes: [
        { note: priya, edited: false },
        { note: sam, edited: false },
      ],
    },
    { type: 'rules', note: priya, findings },
    { type: 'spelling', note: priya, findings: [] },
    { type: 'rules', note: sam, findings: [] },
    { type: 'spelling', note: sam, findings: [] },
  ).state;
}

describe('starting the review', () => {
  it('has no notes yet and asks for them and for the schedule', () => {
    expect(startReview({ manualConfirmed: false, editorName: 'nano' })).toEqual({
      state: {
        notes: null,
        selected: 0,
        status: { kind: 'idle' },
        checking: null,
        manualConfirmed: false,
        marked: [],
        schedule: [],
        editorName: 'nano',
        openAt: null,
      },
      effects: [{ type: 'compose' }, { type: 'schedule', sent: [] }],
    });
  });

  it('opens on the note it is asked to, with the notice it is given, until a key acts', () => {
    const start = startReview({
      manualConfirmed: true,
      editorName: 'nano',
      at: { kind: sam.kind, to: sam.to },
      notice: 'Moved.',
    });
    const step = reduceReview(start.state, {
      type: 'notes',
      notes: [
        { note: priya, edited: false },
        { note: sam, edited: false },
      ],
    });
    expect(step.state.selected).toBe(1);
    expect(step.state.status).toEqual({ kind: 'notice', text: 'Moved.' });
    expect(reduceReview(step.state, { type: 'move', by: 1 }).state.status).toEqual({ kind: 'idle' });
    // A note no longer written (its person removed) opens on the first still to send.
    const gone = startReview({ manualConfirmed: true, editorName: 'nano', at: { kind: 'thank-you', to: 'Nobody' } });
    expect(
      reduceReview(gone.state, {
        type: 'notes',
        notes: [
          { note: priya, edited: false },
          { note: sam, edited: false },
        ],
      }).state.selected,
    ).toBe(0);
  });

  it('checks every written note against all of them', () => {
    const step = reduceReview(startReview({ manualConfirmed: true, editorName: 'nano' }).state, {
      type: 'notes',
      notes: [
        { note: priya, edited: true },
        { note: sam, edited: false },
      ],
    });
    expect(step.state.notes).toEqual([
      { note: priya, edited: true, findings: null, spellingPending: true },
      { note: sam, edited: false, findings: null, spellingPending: true },
    ]);
    expect(step.effects).toEqual([
      { type: 'check', note: priya, siblings: [priya, sam] },
      { type: 'check', note: sam, siblings: [priya, sam] },
    ]);
  });
});

describe('findings', () => {
  it('are sorted one way: errors, warnings, tips, each by line and column', () => {
    const tip = finding('late-thank-you', 'info', 1);
    expect(sortFindings([tip, cliche, placeholder, spelling, groupNote]).map((f) => f.rule)).toEqual([
      'group-note',
      'spelling',
      'placeholder',
      'cliche',
      'late-thank-you',
    ]);
  });

  it('keep spelling that came first when the rules arrive, and replace it when spelling comes again', () => {
    const start = play(startReview({ manualConfirmed: true, editorName: 'nano' }).state, {
      type: 'notes',
      notes: [{ note: priya, edited: false }],
    }).state;
    const spelled = play(start, { type: 'spelling', note: priya, findings: [spelling] }).state;
    expect(spelled.notes?.[0]).toMatchObject({ findings: [spelling], spellingPending: false });
    const ruled = play(spelled, { type: 'rules', note: priya, findings: [cliche, groupNote] }).state;
    expect(ruled.notes?.[0]?.findings).toEqual([groupNote, spelling, cliche]);
    const again = play(ruled, { type: 'spelling', note: priya, findings: [] }).state;
    expect(again.notes?.[0]?.findings).toEqual([groupNote, cliche]);
  });

  it('null spelling means the rules held it: the findings stay and nothing is pending', () => {
    const state = play(
      startReview({ manualConfirmed: true, editorName: 'nano' }).state,
      { type: 'notes', notes: [{ note: priya, edited: false }] },
      { type: 'rules', note: priya, findings: [spelling] },
      { type: 'spelling', note: priya, findings: null },
    ).state;
    expect(state.notes?.[0]).toMatchObject({ findings: [spelling], spellingPending: false });
  });

  it('for a note that was replaced since are dropped', () => {
    const state = ready();
    const stale = { ...priya };
    expect(reduceReview(state, { type: 'rules', note: stale, findings: [groupNote] }).state).toBe(state);
  });
});

describe('moving between notes', () => {
  it('wraps around both ways and clears the status', () => {
    const blocked = play(ready([groupNote]), { type: 'copy' }).state;
    expect(blocked.status).toEqual({ kind: 'blocked', errors: 1 });
    const next = reduceReview(blocked, { type: 'move', by: 1 }).state;
    expect([next.selected, next.status]).toEqual([1, { kind: 'idle' }]);
    expect(reduceReview(next, { type: 'move', by: 1 }).state.selected).toBe(0);
    expect(reduceReview(blocked, { type: 'move', by: -1 }).state.selected).toBe(1);
  });
});

describe('copying', () => {
  it('copies the body of a clean note at once when the manual checks are done', () => {
    const step = reduceReview(ready(), { type: 'copy' });
    expect(step.state.status).toEqual({ kind: 'copying' });
    expect(step.effects).toEqual([{ type: 'copy', text: priya.body, what: 'body' }]);
  });

  it('is held back by errors, copies on override, and Esc goes back to the note', () => {
    const blocked = reduceReview(ready([groupNote, placeholder, cliche]), { type: 'copy' });
    expect(blocked).toEqual({ state: { ...blocked.state, status: { kind: 'blocked', errors: 2 } }, effects: [] });
    const overridden = reduceReview(blocked.state, { type: 'copy', override: true });
    expect(overridden.state.status).toEqual({ kind: 'copying' });
    expect(overridden.effects).toEqual([{ type: 'copy', text: priya.body, what: 'body' }]);
    expect(reduceReview(blocked.state, { type: 'dismiss' }).state.status).toEqual({ kind: 'idle' });
  });

  it('says how it went: clipboard with what to attach, the terminal, or why not', () => {
    const copying = reduceReview(ready(), { type: 'copy' }).state;
    expect(reduceReview(copying, { type: 'copied', outcome: { method: 'clipboard' }, what: 'body' }).state.status).toEqual({
      kind: 'copied',
      method: 'clipboard',
      attachments: ['resume.pdf'],
      spoken: false,
      next: 'mail',
      ask: null,
    });
    expect(reduceReview(copying, { type: 'copied', outcome: { method: 'osc52' }, what: 'subject' }).state.status).toEqual({
      kind: 'subject-copied',
      method: 'osc52',
    });
    const failed = { method: 'none', problem: 'no display.' } as const;
    expect(reduceReview(copying, { type: 'copied', outcome: failed, what: 'body' }).state.status).toEqual({
      kind: 'copy-failed',
      problem: 'no display.',
    });
  });

  it('copies the subject on its own, and a voicemail script has none', () => {
    const step = reduceReview(ready(), { type: 'copy-subject' });
    expect(step.effects).toEqual([{ type: 'copy', text: priya.subject, what: 'subject' }]);
    const voicemail = play(ready(), { type: 'move', by: 1 }, { type: 'copy-subject' });
    expect(voicemail.state.status).toEqual({ kind: 'no-subject' });
    expect(voicemail.effects).toEqual([]);
  });
});

describe('the manual checks', () => {
  it('come before the first copy; each tick turns one on or off, and the third copies', () => {
    const asked = reduceReview(ready([], false), { type: 'copy' });
    expect(asked.state.checking).toEqual({ ticked: [false, false, false] });
    expect(asked.effects).toEqual([]);
    const two = play(asked.state, { type: 'tick', item: 0 }, { type: 'tick', item: 2 }, { type: 'tick', item: 0 });
    expect(two.state.checking).toEqual({ ticked: [false, false, true] });
    expect(reduceReview(two.state, { type: 'tick', item: 3 }).state).toBe(two.state);
    const all = play(two.state, { type: 'tick', item: 0 }, { type: 'tick', item: 1 });
    expect([all.state.checking, all.state.manualConfirmed, all.state.status]).toEqual([null, true, { kind: 'copying' }]);
    expect(all.effects).toEqual([{ type: 'copy', text: priya.body, what: 'body' }]);
  });

  it('are all confirmed at once, or put off, which copies nothing and asks again next time', () => {
    const asked = reduceReview(ready([], false), { type: 'copy' }).state;
    expect(reduceReview(asked, { type: 'confirm-checks' }).effects).toEqual([{ type: 'copy', text: priya.body, what: 'body' }]);
    const later = reduceReview(asked, { type: 'cancel-checks' });
    expect([later.state.checking, later.state.manualConfirmed, later.effects]).toEqual([null, false, []]);
    expect(reduceReview(later.state, { type: 'copy' }).state.checking).toEqual({ ticked: [false, false, false] });
  });

  it('come after the errors: a blocked note is overridden first', () => {
    const blocked = reduceReview(ready([groupNote], false), { type: 'copy' }).state;
    expect([blocked.status.kind, blocked.checking]).toEqual(['blocked', null]);
    expect(reduceReview(blocked, { type: 'copy', override: true }).state.checking).toEqual({ ticked: [false, false, false] });
  });
});

describe('marking sent', () => {
  it('records the note with how it was copied, then follows the schedule', () => {
    const copied = play(ready(), { type: 'copy' }, { type: 'copied', outcome: { method: 'osc52' }, what: 'body' }).state;
    const step = reduceReview(copied, { type: 'mark-sent', at: AT });
    const entry: SentEntry = {
      kind: 'thank-you',
      to: priya.to,
      at: AT,
      method: 'osc52',
      subject: priya.subject,
      body: priya.body,
    };
    expect(step.state.status).toEqual({ kind: 'recording' });
    expect(step.effects).toEqual([{ type: 'record', note: priya, entry }]);
    const recorded = reduceReview(step.state, { type: 'recorded', entry });
    expect([recorded.state.marked, recorded.state.status]).toEqual([[entry], { kind: 'sent', at: AT, spoken: false }]);
    expect(recorded.effects).toEqual([{ type: 'schedule', sent: [entry] }]);
  });

  it('without a copy records no method', () => {
    const step = reduceReview(ready(), { type: 'mark-sent', at: AT });
    expect(step.effects).toMatchObject([{ type: 'record', entry: { method: undefined } }]);
  });

  it('asks twice for an early note: the first time only says so', () => {
    const first = reduceReview(ready([early]), { type: 'mark-sent', at: AT });
    expect(first).toEqual({ state: { ...first.state, status: { kind: 'early' } }, effects: [] });
    const second = reduceReview(first.state, { type: 'mark-sent', at: AT });
    expect(second.state.status).toEqual({ kind: 'recording' });
    expect(second.effects).toMatchObject([{ type: 'record', entry: { kind: 'thank-you', to: priya.to } }]);
  });

  it('records an early note at once when the user already said yes (the line mode asks first)', () => {
    expect(reduceReview(ready([early]), { type: 'mark-sent', at: AT, sure: true }).state.status).toEqual({ kind: 'recording' });
  });

  it('says why it was not recorded, and marks nothing', () => {
    const recording = reduceReview(ready(), { type: 'mark-sent', at: AT }).state;
    const failed = reduceReview(recording, { type: 'not-recorded', why: 'the disk is full' });
    expect([failed.state.status, failed.state.marked, failed.effects]).toEqual([
      { kind: 'not-recorded', why: 'the disk is full' },
      [],
      [],
    ]);
  });

  it('counts an entry once when the saved interview already holds it', () => {
    const entry = { kind: 'thank-you', to: priya.to, at: AT } as const;
    const interview = sampleInterview({ sent: [entry] });
    expect(sentLog(interview, [entry])).toBe(interview.sent);
    const other = { ...entry, to: 'Sam Ortiz' };
    expect(sentLog(interview, [entry, other])).toEqual([entry, other]);
  });
});

describe('editing', () => {
  const editing = () => reduceReview(ready([groupNote]), { type: 'edit' });

  it('opens the editor on the subject and the body', () => {
    const step = editing();
    expect(step.state.status).toEqual({ kind: 'editing', editor: 'nano' });
    expect(step.effects).toEqual([{ type: 'edit', text: `Subject: ${priya.subject}\n\n${priya.body}\n` }]);
  });

  it('reports an editor that failed, or a text left as it was', () => {
    const { state } = editing();
    const failed = reduceReview(state, { type: 'edit-done', outcome: { kind: 'failed', message: 'vim: not found' }, at: AT });
    expect([failed.state.status, failed.effects]).toEqual([{ kind: 'edit-failed', message: 'vim: not found' }, []]);
    expect(reduceReview(state, { type: 'edit-done', outcome: { kind: 'unchanged' }, at: AT }).state.status).toEqual({
      kind: 'edit-unchanged',
    });
    const same = { kind: 'edited', text: `Subject: ${priya.subject}\n\n${priya.body}\n\n` } as const;
    expect(reduceReview(state, { type: 'edit-done', outcome: same, at: AT }).state.status).toEqual({ kind: 'edit-unchanged' });
  });

  it('shows an edited text at once, saves it and checks it again', () => {
    const { state } = editing();
    const outcome = { kind: 'edited', text: 'Subject: Thanks, Priya\n\nDear Priya,\nthank you.\nJordan Lee\n' } as const;
    const step = reduceReview(state, { type: 'edit-done', outcome, at: AT });
    const note = { ...priya, subject: 'Thanks, Priya', body: 'Dear Priya,\nthank you.\nJordan Lee' };
    expect(step.state.notes?.[0]).toEqual({ note, edited: true, findings: null, spellingPending: true });
    expect(step.state.status).toEqual({ kind: 'editing', editor: 'nano' });
    expect(step.effects).toEqual([
      { type: 'save-edit', edit: { kind: 'thank-you', to: priya.to, subject: note.subject, body: note.body, at: AT } },
      { type: 'check', note, siblings: [note, sam] },
    ]);
    expect(reduceReview(step.state, { type: 'edit-saved' }).state.status).toEqual({ kind: 'edited' });
    expect(reduceReview(step.state, { type: 'edit-not-saved', why: 'the disk is full' }).state.status).toEqual({
      kind: 'edit-not-saved',
      why: 'the disk is full',
    });
    // The check of the old text, arriving late, no longer applies.
    expect(reduceReview(step.state, { type: 'rules', note: priya, findings: [] }).state).toBe(step.state);
  });
});

describe('editing a note already sent', () => {
  const SENT = '2026-11-24T17:00:00.000Z';

  it('is refused: what went out stays the record, and nothing is opened or saved', () => {
    const start = startReview({ manualConfirmed: true, editorName: 'nano' }).state;
    const state = play(start, { type: 'notes', notes: [{ note: priya, edited: false, sentAt: SENT }] }).state;
    expect(state.notes?.[0]?.sentAt).toBe(SENT);
    expect(reduceReview(state, { type: 'edit' })).toEqual({
      state: { ...state, status: { kind: 'sent-not-editable', at: SENT } },
      effects: [],
    });
  });

  it('is refused once the note is marked sent in this review, and the other note still opens', () => {
    const entry: SentEntry = { kind: 'thank-you', to: priya.to, at: AT, subject: priya.subject, body: priya.body };
    const marked = play(ready(), { type: 'mark-sent', at: AT }, { type: 'recorded', entry }).state;
    expect(reduceReview(marked, { type: 'edit' }).state.status).toEqual({ kind: 'sent-not-editable', at: AT });
    const other = reduceReview(marked, { type: 'move', by: 1 }).state;
    expect(reduceReview(other, { type: 'edit' }).effects).toEqual([{ type: 'edit', text: `${sam.body}\n` }]);
  });
});

describe('reminders', () => {
  it('are written through an effect, then say where or why not', () => {
    const state = ready();
    expect(reduceReview(state, { type: 'reminders' })).toEqual({ state, effects: [{ type: 'reminders' }] });
    expect(reduceReview(state, { type: 'reminders-written', path: 'acme.ics', count: 2 }).state.status).toEqual({
      kind: 'calendar',
      path: 'acme.ics',
      count: 2,
    });
    expect(reduceReview(state, { type: 'reminders-failed', problem: 'read-only folder' }).state.status).toEqual({
      kind: 'calendar-failed',
      problem: 'read-only folder',
    });
  });
});

describe('which note the review opens on', () => {
  const start = () => startReview({ manualConfirmed: true, editorName: 'nano' }).state;
  const notes = (priyaSent: boolean): ReviewAction => ({
    type: 'notes',
    notes: [
      { note: priya, edited: false, ...(priyaSent ? { sentAt: AT } : {}) },
      { note: sam, edited: false },
    ],
  });

  it('opens on the first note still to send', () => {
    expect(play(start(), notes(true)).state.selected).toBe(1);
    expect(play(start(), notes(false)).state.selected).toBe(0);
  });

  it('the notes written again (a changed answer) keep the note on screen, and Priya stays reachable', () => {
    expect(play(start(), notes(true), { type: 'move', by: -1 }, notes(true)).state.selected).toBe(0);
  });
});

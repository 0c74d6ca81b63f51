// The review as a pure reducer: every key of the Ink review and every choice of the line mode is
// one action here, and what it needs from the world (copy, record, edit, save, check) comes back
// as effects for run-effect.ts. Copying is held back by checklist errors until overridden, asks
// the manual checks once a session, and an early note is recorded only when asked twice.
import { isSpoken } from '../../model/spoken.js';
import type { SentEntry } from '../../model/types.js';
import { editableText } from '../note-text.js';
import { editDone } from './edit.js';
import { addressHelp, afterCopy, currentNote, editable, firstToSend } from './selectors.js';
import { checks, only, update } from './steps.js';
import { countBySeverity, isEarly, isSpelling, sortFindings } from './findings.js';
import { MANUAL_CHECK_COUNT } from './messages.js';
import type { NoteRef, ReviewAction, ReviewNote, ReviewState, ReviewStatus, ReviewStep } from './types.js';

const IDLE: ReviewStatus = { kind: 'idle' };

/**
 * Whether a note of `kind` of this interview went out in an earlier session: the three manual
 * checks were made for that kind then, so they are asked once per interview and kind of note,
 * not again in every session. A note marked sent in this session does not count: it may have
 * been marked without a copy (s on a call script), so without the checks, and counting it let
 * the next note of its kind be copied unchecked.
 */
function kindSentBefore(state: ReviewState, kind: ReviewNote['note']['kind']): boolean {
  const markedNow = (r: ReviewNote) => state.marked.some((entry) => entry.kind === r.note.kind && entry.to === r.note.to);
  return (state.notes ?? []).some((r) => r.note.kind === kind && r.sentAt !== undefined && !markedNow(r));
}

/** The review before its notes are written: the first step composes them and reads the schedule. */
export function startReview(options: {
  readonly manualConfirmed: boolean;
  readonly editorName: string;
  /** The note to open on, when it is still among the notes (else the first still to send). */
  readonly at?: NoteRef | null | undefined;
  /** Said on the first screen, until the next key that acts (a moved id, say). */
  readonly notice?: string | null | undefined;
}): ReviewStep {
  const state: ReviewState = {
    notes: null,
    selected: 0,
    status: options.notice ? { kind: 'notice', text: options.notice } : IDLE,
    checking: null,
    manualConfirmed: options.manualConfirmed,
    marked: [],
    schedule: [],
    editorName: options.editorName,
    openAt: options.at ?? null,
  };
  return { state, effects: [{ type: 'compose' }, { type: 'schedule', sent: [] }] };
}

export function reduceReview(state: ReviewState, action: ReviewAction): ReviewStep {
  const current = currentNote(state);
  switch (action.type) {
    case 'notes': {
      const notes = action.notes.map(({ note, edited, sentAt, noAsking }) => ({
        note,
        edited,
        findings: null,
        spellingPending: true,
        ...(sentAt === undefined ? {} : { sentAt }),
        ...(noAsking === undefined ? {} : { noAsking }),
      }));
      // On opening, the note the user was on before an answer changed (the review is drawn
      // again for the new answers), else the first still to send (a saved interview's first
      // notes have often gone); the notes written again after an edit keep the one on screen.
      const at = state.openAt;
      const was = at === null ? -1 : notes.findIndex((r) => r.note.kind === at.kind && r.note.to === at.to);
      const wanted = (state.notes === null ? (was >= 0 ? was : firstToSend(notes)) : null) ?? state.selected;
      const selected = Math.max(0, Math.min(wanted, notes.length - 1));
      return {
        state: { ...state, notes, selected },
        effects: checks(
          notes,
          notes.map((r) => r.note),
        ),
      };
    }
    case 'rules':
      return only(
        update(state, action.note, (r) => ({
          ...r,
          findings: sortFindings([...action.findings, ...(r.findings ?? []).filter(isSpelling)]),
        })),
      );
    case 'spelling': {
      const spelling = action.findings;
      return only(
        update(state, action.note, (r) => ({
          ...r,
          spellingPending: false,
          findings:
            spelling === null ? r.findings : sortFindings([...(r.findings ?? []).filter((f) => !isSpelling(f)), ...spelling]),
        })),
      );
    }
    case 'schedule':
      return only({ ...state, schedule: action.lines });
    case 'move': {
      const count = state.notes?.length ?? 0;
      if (count === 0) return only(state);
      return only({ ...state, selected: (state.selected + action.by + count) % count, status: IDLE });
    }
    case 'show':
      return only({ ...state, selected: action.index, status: IDLE });
    case 'copy': {
      if (!current) return only(state);
      // A note that went out is copied as it went: the checklist and the manual checks were for
      // sending it, and it is sent.
      if (current.sentAt !== undefined) return copyBody(state, current);
      const errors = countBySeverity(current.findings ?? []).errors;
      if (errors > 0 && action.override !== true) return only({ ...state, status: { kind: 'blocked', errors } });
      if (!state.manualConfirmed && !kindSentBefore(state, current.note.kind)) {
        return only({ ...state, checking: { ticked: Array.from({ length: MANUAL_CHECK_COUNT }, () => false) } });
      }
      return copyBody(state, current);
    }
    case 'tick': {
      if (!state.checking || action.item < 0 || action.item >= MANUAL_CHECK_COUNT) return only(state);
      const ticked = state.checking.ticked.map((on, index) => (index === action.item ? !on : on));
      if (ticked.every(Boolean)) return reduceReview(state, { type: 'confirm-checks' });
      return only({ ...state, checking: { ticked } });
    }
    case 'confirm-checks': {
      const confirmed = { ...state, checking: null, manualConfirmed: true };
      return current ? copyBody(confirmed, current) : only(confirmed);
    }
    case 'cancel-checks':
      return only({ ...state, checking: null });
    case 'copy-subject': {
      if (!current) return only(state);
      // The subject goes into its own field of the mail client; a call script has none to paste.
      if (isSpoken(current.note) || current.note.subject.trim() === '') {
        return only({ ...state, status: { kind: 'no-subject' } });
      }
      return {
        state: { ...state, status: { kind: 'copying' } },
        effects: [{ type: 'copy', text: current.note.subject, what: 'subject' }],
      };
    }
    case 'copied': {
      const { outcome } = action;
      if (outcome.method === 'none') return only({ ...state, status: { kind: 'copy-failed', problem: outcome.problem ?? '' } });
      if (action.what === 'subject') return only({ ...state, status: { kind: 'subject-copied', method: outcome.method } });
      return only({
        ...state,
        status: {
          kind: 'copied',
          method: outcome.method,
          attachments: current?.note.attachments ?? [],
          spoken: current ? isSpoken(current.note) : false,
          next: current ? afterCopy(current, outcome.method) : 'mail',
          ask: current ? addressHelp(current, state.notes) : null,
        },
      });
    }
    case 'mark-sent': {
      if (!current) return only(state);
      // Once on record is enough: a second entry would be a second note nobody sent.
      if (current.sentAt !== undefined) {
        return only({ ...state, status: { kind: 'already-sent', at: current.sentAt, spoken: isSpoken(current.note) } });
      }
      if (isEarly(current.findings) && action.sure !== true && state.status.kind !== 'early') {
        return only({ ...state, status: { kind: 'early' } });
      }
      const { note } = current;
      const entry: SentEntry = {
        kind: note.kind,
        to: note.to,
        at: action.at,
        method: state.status.kind === 'copied' ? state.status.method : undefined,
        subject: note.subject,
        body: note.body,
      };
      return { state: { ...state, status: { kind: 'recording' } }, effects: [{ type: 'record', note, entry }] };
    }
    case 'recorded': {
      const { entry } = action;
      const marked = [...state.marked, entry];
      const isEntry = (r: ReviewNote) => r.note.kind === entry.kind && r.note.to === entry.to;
      const spoken = state.notes?.some((r) => isEntry(r) && isSpoken(r.note)) ?? false;
      const notes = state.notes?.map((r) => (isEntry(r) ? { ...r, sentAt: entry.at } : r));
      return {
        state: { ...state, notes: notes ?? null, marked, status: { kind: 'sent', at: entry.at, spoken } },
        effects: [{ type: 'schedule', sent: marked }],
      };
    }
    case 'not-recorded':
      return only({ ...state, status: { kind: 'not-recorded', why: action.why } });
    case 'edit':
      if (!current) return only(state);
      // A sent note is the record of what went out: an edit would be a text nobody received, and
      // regen would print it as if it had been sent.
      if (!editable(current)) return only({ ...state, status: { kind: 'sent-not-editable', at: current.sentAt! } });
      return {
        state: { ...state, status: { kind: 'editing', editor: state.editorName } },
        effects: [{ type: 'edit', text: editableText(current.note) }],
      };
    case 'edit-done':
      return editDone(state, action);
    case 'edit-saved':
      return only({ ...state, status: { kind: 'edited' } });
    case 'edit-not-saved':
      return only({ ...state, status: { kind: 'edit-not-saved', why: action.why } });
    case 'reminders':
      return { state, effects: [{ type: 'reminders' }] };
    case 'reminders-written':
      return only({ ...state, status: { kind: 'calendar', path: action.path, count: action.count } });
    case 'reminders-failed':
      return only({ ...state, status: { kind: 'calendar-failed', problem: action.problem } });
    case 'dismiss':
      return only({ ...state, status: IDLE });
  }
}

function copyBody(state: ReviewState, current: ReviewNote): ReviewStep {
  // The body is what goes into the mail; the subject is copied on its own (copy-subject).
  return { state: { ...state, status: { kind: 'copying' } }, effects: [{ type: 'copy', text: current.note.body, what: 'body' }] };
}

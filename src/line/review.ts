// The review, line by line: every note with its subject, body and checklist findings, then the
// schedule; then copy a note (errors block it unless the user says otherwise), mark it sent,
// edit one not sent yet, change an answer, or finish. The review core (src/session/review/) decides each outcome;
// review-actions.ts asks its questions and review-print.ts prints what its state says.
import { noteLabel } from '../model/note-kinds.js';
import { isSpoken } from '../model/spoken.js';
import type { Finding, Interview, Note, NoteEdit, SentEntry } from '../model/types.js';
import { type Answers, labelOf, type Position } from '../session/index.js';
import type { CopyOutcome, EditOutcome } from '../session/effects.js';
import {
  changeableFields,
  editable,
  INTERVIEWERS,
  lastSent,
  positionOf,
  type ReviewAction,
  type ReviewEffects,
  type ReviewNote,
  reviewMessages,
  sentLog,
  firstToSend,
  settle,
  startReview,
} from '../session/review/index.js';
import type { DateStyle } from '../model/dates.js';
import { BACK, type Option, type Prompter } from './prompter.js';
import { confirmedBy, copyOne, copySubject, editOne, markOne } from './review-actions.js';
import { printAll, printStatus } from './review-print.js';

const { line: words } = reviewMessages;

export interface ReviewDeps {
  readonly prompter: Prompter;
  /** The notes the review shows for this interview, in order. */
  readonly notesFor: (interview: Interview) => Promise<readonly Note[]>;
  /** The whole checklist for one note; `notes` are its siblings (for duplicate-note). */
  readonly check: (note: Note, interview: Interview, notes: readonly Note[]) => Promise<readonly Finding[]>;
  /** The schedule in words: when each note is due. */
  readonly schedule: (interview: Interview) => Promise<readonly string[]>;
  readonly copy: (text: string) => Promise<CopyOutcome>;
  /** Records the note as sent and returns the entry saved. */
  readonly recordSent: (interview: Interview, note: Note, copied: CopyOutcome) => Promise<SentEntry>;
  /** The user's editor on the text; no prompt is active while it runs. */
  readonly editText: (text: string) => Promise<EditOutcome>;
  readonly saveEdit: (interview: Interview, edit: NoteEdit) => Promise<void>;
  readonly editorName: string;
  readonly now: () => Date;
  /** How a day is written ("Sent Tuesday, November 24."). */
  readonly dateStyle: DateStyle;
  /** The interview's steps as reminders in an .ics file: where, and how many. */
  readonly writeCalendar: (interview: Interview) => Promise<{ readonly path: string; readonly count: number }>;
}

/** `back`: "< Back", as Esc on the full-screen review: the session core decides where to (the home it came from, or the last question). */
export type ReviewOutcome =
  | { readonly type: 'change'; readonly to: Position }
  | { readonly type: 'back' }
  | { readonly type: 'finish' };

function effectsOf(interview: Interview, deps: ReviewDeps): ReviewEffects {
  return {
    now: deps.now,
    notes: async () =>
      (await deps.notesFor(interview)).map((note) => ({ note, edited: false, sentAt: lastSent(interview.sent, note)?.at })),
    // The line mode's check holds spelling and grammar too (src/line/adapt.ts).
    check: (note, siblings) => deps.check(note, interview, siblings),
    schedule: (marked) => deps.schedule({ ...interview, sent: sentLog(interview, marked) }),
    copy: (text) => deps.copy(text),
    recordSent: (note, entry) =>
      deps.recordSent(interview, note, {
        method: entry.method === 'clipboard' || entry.method === 'osc52' ? entry.method : 'none',
      }),
    editText: (text) => deps.editText(text),
    saveEdit: (edit) => deps.saveEdit(interview, edit),
    writeCalendar: () => deps.writeCalendar(interview),
  };
}

export async function runReview(interview: Interview, answers: Answers, deps: ReviewDeps): Promise<ReviewOutcome> {
  const { prompter } = deps;
  const effects = effectsOf(interview, deps);
  const start = startReview({ manualConfirmed: confirmedBy.has(prompter), editorName: deps.editorName });
  let state = await settle(start.state, start.effects, effects);
  const act = async (action: ReviewAction) => {
    state = await settle(state, action, effects);
    return state;
  };
  printAll(state, interview, deps);
  for (;;) {
    const notes = state.notes ?? [];
    const picked = await prompter.choose(
      words.reviewAction,
      // Numbered as listed, 1 to the last: an entry that goes (a note marked sent is no longer
      // offered to mark or edit) takes its number with it, so no number is skipped.
      actions(notes, deps.editorName),
      // Enter takes the first note still to send: a saved interview's first notes have often gone.
      notes.length > 0 ? `copy:${firstToSend(notes) ?? state.selected}` : 'finish',
    );
    if (picked === BACK) return { type: 'back' };
    if (picked === 'finish') return { type: 'finish' };
    if (picked === 'show') printAll(state, interview, deps);
    else if (picked === 'calendar') printStatus(await act({ type: 'reminders' }), prompter);
    else if (picked === 'change') {
      const to = await pickAnswer(answers, deps.dateStyle, prompter);
      if (to !== null) return { type: 'change', to };
    } else {
      const [what, at] = picked.split(':') as [string, string];
      const shown = await act({ type: 'show', index: Number(at) });
      if (what === 'edit') await editOne(act, shown, interview, deps);
      else if (what === 'sent') await markOne(act, shown, deps);
      else if (what === 'subject') await copySubject(act, prompter);
      else await copyOne(act, deps);
    }
  }
}

function actions(notes: readonly ReviewNote[], editor: string): Option<string>[] {
  return [
    ...notes.map(({ note }, i) => ({
      value: `copy:${i}`,
      label: words.copy(i + 1, noteLabel(note.kind, isSpoken(note)), note.to, isSpoken(note)),
    })),
    // The subject goes into its own field of the mail client; a call script has none to paste.
    ...notes.flatMap(({ note }, i) =>
      isSpoken(note) || note.subject.trim() === '' ? [] : [{ value: `subject:${i}`, label: words.copySubject(i + 1) }],
    ),
    // A sent note is the record of what went out: the core says it is not editable, so it is not offered.
    ...notes.flatMap((item, i) =>
      editable(item) ? [{ value: `edit:${i}`, label: words.edit(i + 1, editor, isSpoken(item.note)) }] : [],
    ),
    // A note copied and sent later (or a call made later) is marked here, as s does full screen.
    ...notes.flatMap((item, i) =>
      item.sentAt === undefined ? [{ value: `sent:${i}`, label: words.markEntry(i + 1, isSpoken(item.note)) }] : [],
    ),
    { value: 'show', label: words.showAgain },
    { value: 'calendar', label: words.reminders },
    { value: 'change', label: words.change },
    { value: 'finish', label: words.finish },
  ];
}

/** Which answer to change: the shared questions that apply, or the interviewer list. */
async function pickAnswer(answers: Answers, dateStyle: DateStyle, prompter: Prompter): Promise<Position | null> {
  const options: Option<string>[] = [
    // Named as the questions name them (the recruiter or HR contact by their name).
    ...changeableFields(answers).map((field) => ({ value: field.id as string, label: labelOf(field, { dateStyle }, answers) })),
    { value: INTERVIEWERS, label: words.interviewersEntry },
  ];
  const picked = await prompter.choose(words.whichAnswer, options);
  return picked === BACK ? null : positionOf(picked);
}

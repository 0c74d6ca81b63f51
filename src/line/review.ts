// The review, line by line: every note with its subject, body and checklist findings, then the
// schedule; then copy a note (errors block it unless the user says otherwise), mark it sent,
// change an answer, or finish. The review core (src/session/review/) decides each outcome; this
// file asks the questions and prints what the core's state says.
import { isSpoken } from '../model/spoken.js';
import { formatDay } from '../model/dates.js';
import { dayOf } from '../model/sent-log.js';
import type { Finding, Interview, Note, NoteEdit, SentEntry } from '../model/types.js';
import type { Answers, Position } from '../session/index.js';
import type { CopyOutcome, EditOutcome } from '../session/effects.js';
import {
  changeableFields,
  countBySeverity,
  currentNote,
  INTERVIEWERS,
  isEarly,
  lastSent,
  positionOf,
  type ReviewAction,
  type ReviewEffects,
  type ReviewNote,
  type ReviewState,
  reviewMessages,
  sentLog,
  settle,
  startReview,
} from '../session/review/index.js';
import { messages } from './messages.js';
import { BACK, type Option, type Prompter } from './prompter.js';

const { line: words, manualChecks, methodNames, noteNames } = reviewMessages;

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
  /** The interview's steps as reminders in an .ics file: where, and how many. */
  readonly writeCalendar: (interview: Interview) => Promise<{ readonly path: string; readonly count: number }>;
}

export type ReviewOutcome = { readonly type: 'change'; readonly to: Position } | { readonly type: 'finish' };

// What no rule can check, confirmed once per session (per prompter) before the first copy,
// as in the full-screen review.
const confirmedBy = new WeakSet<Prompter>();

function effectsOf(interview: Interview, deps: ReviewDeps): ReviewEffects {
  return {
    now: deps.now,
    notes: async () => (await deps.notesFor(interview)).map((note) => ({ note, edited: false })),
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
  printAll(state, interview, prompter);
  for (;;) {
    const notes = state.notes ?? [];
    const picked = await prompter.choose(
      words.reviewAction,
      actions(notes, deps.editorName),
      notes.length > 0 ? 'copy:0' : 'finish',
      false,
    );
    if (picked === BACK || picked === 'finish') return { type: 'finish' };
    if (picked === 'show') printAll(state, interview, prompter);
    else if (picked === 'calendar') printStatus(await act({ type: 'reminders' }), prompter);
    else if (picked === 'change') {
      const to = await pickAnswer(answers, prompter);
      if (to !== null) return { type: 'change', to };
    } else {
      const [what, at] = picked.split(':') as [string, string];
      await act({ type: 'show', index: Number(at) });
      if (what === 'edit') await editOne(act, interview, deps);
      else if (what === 'subject') await copySubject(act, prompter);
      else await copyOne(act, deps);
    }
  }
}

function actions(notes: readonly ReviewNote[], editor: string): Option<string>[] {
  return [
    ...notes.map(({ note }, i) => ({ value: `copy:${i}`, label: words.copy(i + 1, noteNames[note.kind], note.to) })),
    // The subject goes into its own field of the mail client; a voicemail script has none.
    ...notes.flatMap(({ note }, i) =>
      note.kind === 'voicemail' || note.subject.trim() === '' ? [] : [{ value: `subject:${i}`, label: words.copySubject(i + 1) }],
    ),
    ...notes.map((_, i) => ({ value: `edit:${i}`, label: words.edit(i + 1, editor) })),
    { value: 'show', label: words.showAgain },
    { value: 'calendar', label: words.reminders },
    { value: 'change', label: words.change },
    { value: 'finish', label: words.finish },
  ];
}

function printAll(state: ReviewState, interview: Interview, prompter: Prompter): void {
  const notes = state.notes ?? [];
  prompter.print(messages.section(words.reviewTitle(notes.length)));
  notes.forEach((item, i) => {
    printNote(item, i, notes.length, sentLog(interview, state.marked), prompter);
  });
  printSchedule(state.schedule, prompter);
}

function printSchedule(schedule: readonly string[], prompter: Prompter): void {
  if (schedule.length === 0) return;
  prompter.print(`\n${words.schedule}`);
  for (const line of schedule) prompter.print(words.scheduleLine(line));
}

function printNote(
  { note, findings }: ReviewNote,
  index: number,
  total: number,
  sent: readonly SentEntry[],
  prompter: Prompter,
): void {
  prompter.print(words.noteHeading(index + 1, total, noteNames[note.kind], note.to, note.address, isSpoken(note)));
  const last = lastSent(sent, note);
  if (last) prompter.print(words.alreadySent(formatDay(dayOf(last.at))));
  if (note.subject !== '') prompter.print(words.subject(note.subject));
  if (note.attachments.length > 0) prompter.print(words.attachments(note.attachments));
  prompter.print('');
  prompter.print(note.body.replace(/\n+$/, ''));
  prompter.print('');
  printFindings(findings ?? [], prompter);
}

function printFindings(findings: readonly Finding[], prompter: Prompter): void {
  if (findings.length === 0) {
    prompter.print(words.clean);
    return;
  }
  const { errors, warnings, infos } = countBySeverity(findings);
  prompter.print(words.findingsTitle(errors, warnings, infos));
  for (const f of findings) prompter.print(words.finding(f.severity, f.rule, f.line, f.column, f.message));
}

/** What the last action came to, for the statuses the line mode reports on their own. */
function printStatus(state: ReviewState, prompter: Prompter): void {
  const { status } = state;
  if (status.kind === 'calendar') prompter.print(words.calendar(status.path, status.count));
  else if (status.kind === 'calendar-failed') prompter.print(words.calendarFailed(status.problem));
}

type Act = (action: ReviewAction) => Promise<ReviewState>;

/** Opens the note in the editor; the edit is saved and checked again, then shown. */
async function editOne(act: Act, interview: Interview, deps: ReviewDeps): Promise<void> {
  const { prompter } = deps;
  prompter.print(words.editing(deps.editorName));
  const state = await act({ type: 'edit' });
  const { status } = state;
  if (status.kind === 'edit-failed') return prompter.print(words.editFailed(status.message));
  if (status.kind === 'edit-unchanged') return prompter.print(words.editUnchanged);
  prompter.print(status.kind === 'edit-not-saved' ? words.editNotSaved(status.why) : words.editSaved);
  const item = currentNote(state);
  if (item) printNote(item, state.selected, state.notes?.length ?? 0, sentLog(interview, state.marked), prompter);
}

async function copySubject(act: Act, prompter: Prompter): Promise<void> {
  const state = await act({ type: 'copy-subject' });
  const { status } = state;
  if (status.kind === 'subject-copied') prompter.print(words.subjectCopied(methodNames[status.method]));
  else if (status.kind === 'copy-failed') {
    prompter.print(words.subjectCopyFailed(status.problem || methodNames.none));
    prompter.print(currentNote(state)?.note.subject ?? '');
  }
}

/** Copies the note (past errors and the manual checks, when the user says so) and asks whether it went out. */
async function copyOne(act: Act, deps: ReviewDeps): Promise<void> {
  const { prompter } = deps;
  let state = await act({ type: 'copy' });
  if (state.status.kind === 'blocked') {
    if (!(await prompter.confirm(words.overrideBlocked(state.status.errors), false))) return prompter.print(words.notCopied);
    state = await act({ type: 'copy', override: true });
  }
  if (state.checking) {
    prompter.print(`\n${manualChecks.title}`);
    manualChecks.items.forEach((item, i) => {
      prompter.print(words.manualItem(i + 1, item));
    });
    if (!(await prompter.confirm(words.manualConfirm, false))) {
      await act({ type: 'cancel-checks' });
      return prompter.print(words.manualLater);
    }
    confirmedBy.add(prompter);
    state = await act({ type: 'confirm-checks' });
  }
  const item = currentNote(state);
  if (!item) return;
  const { status } = state;
  if (status.kind === 'copied') prompter.print(words.copied(methodNames[status.method]));
  else if (status.kind === 'copy-failed') {
    prompter.print(words.copyFailed(status.problem || methodNames.none));
    prompter.print(item.note.body);
  }
  // An early note is recorded only when the user says so, as regen records one only with --force.
  const early = isEarly(item.findings);
  if (!(await prompter.confirm(early ? words.markSentEarly : words.markSent, !early))) return;
  state = await act({ type: 'mark-sent', at: deps.now().toISOString(), sure: true });
  if (state.status.kind === 'not-recorded') return prompter.print(words.notRecorded(state.status.why));
  prompter.print(words.marked);
  printSchedule(state.schedule, prompter);
}

/** Which answer to change: the shared questions that apply, or the interviewer list. */
async function pickAnswer(answers: Answers, prompter: Prompter): Promise<Position | null> {
  const options: Option<string>[] = [
    ...changeableFields(answers).map((field) => ({ value: field.id as string, label: field.label })),
    { value: INTERVIEWERS, label: words.interviewersEntry },
  ];
  const picked = await prompter.choose(words.whichAnswer, options);
  return picked === BACK ? null : positionOf(picked);
}

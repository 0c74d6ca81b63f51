// The review, line by line: every note with its subject, body and checklist findings, then the
// schedule; then copy a note (errors block it unless the user says otherwise), mark it sent,
// change an answer, or finish.
import { isSpoken } from '../model/spoken.js';
import type { Finding, Interview, Note, NoteEdit, SentEntry } from '../model/types.js';
import type { CopyOutcome, EditOutcome } from '../session/effects.js';
import { formatDay } from '../model/dates.js';
import { dayOf } from '../model/sent-log.js';
import { manualChecks, review } from '../session/review-words.js';
import { LIST, SHARED_FIELDS, editableText, readEditedText, type Answers, type Position } from '../session/index.js';
import { reasonOf } from '../session/save-reason.js';
import { kindNames, messages, methodNames } from './messages.js';
import { BACK, type Option, type Prompter } from './prompter.js';

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

interface Checked {
  readonly note: Note;
  readonly findings: readonly Finding[];
}

export async function runReview(interview: Interview, answers: Answers, deps: ReviewDeps): Promise<ReviewOutcome> {
  const { prompter } = deps;
  const notes = await deps.notesFor(interview);
  let checked: Checked[] = await Promise.all(
    notes.map(async (note) => ({ note, findings: await deps.check(note, interview, notes) })),
  );
  // What was marked sent in this review: the schedule follows it at once.
  let sent: readonly SentEntry[] = interview.sent;
  let schedule = await deps.schedule(interview);
  printAll(checked, schedule, sent, prompter);
  for (;;) {
    const options: Option<string>[] = [
      ...checked.map(({ note }, i) => ({ value: `copy:${i}`, label: messages.copy(i + 1, kindNames[note.kind], note.to) })),
      // The subject goes into its own field of the mail client; a voicemail script has none.
      ...checked.flatMap(({ note }, i) =>
        note.kind === 'voicemail' || note.subject.trim() === ''
          ? []
          : [{ value: `subject:${i}`, label: messages.copySubject(i + 1) }],
      ),
      ...checked.map((_, i) => ({ value: `edit:${i}`, label: messages.edit(i + 1, deps.editorName) })),
      { value: 'show', label: messages.showAgain },
      { value: 'calendar', label: messages.reminders },
      { value: 'change', label: messages.change },
      { value: 'finish', label: messages.finish },
    ];
    const picked = await prompter.choose(messages.reviewAction, options, checked.length > 0 ? 'copy:0' : 'finish', false);
    if (picked === BACK || picked === 'finish') return { type: 'finish' };
    if (picked === 'show') printAll(checked, schedule, sent, prompter);
    else if (picked === 'calendar') await writeReminders(interview, deps);
    else if (picked === 'change') {
      const to = await pickAnswer(answers, prompter);
      if (to !== null) return { type: 'change', to };
    } else if (picked.startsWith('edit:')) {
      const at = Number(picked.slice('edit:'.length));
      const item = checked[at];
      const edited = item ? await editOne(item, interview, notes, deps) : null;
      if (edited) {
        checked = checked.map((c, i) => (i === at ? edited : c));
        printNote(edited, at, checked.length, sent, prompter);
      }
    } else if (picked.startsWith('subject:')) {
      const item = checked[Number(picked.slice('subject:'.length))];
      if (item) await copySubject(item, deps);
    } else {
      const item = checked[Number(picked.slice('copy:'.length))];
      const entry = item ? await copyOne(item, interview, deps) : null;
      if (entry) {
        sent = [...sent, entry];
        schedule = await deps.schedule({ ...interview, sent });
        printSchedule(schedule, prompter);
      }
    }
  }
}

function printAll(
  checked: readonly Checked[],
  schedule: readonly string[],
  sent: readonly SentEntry[],
  prompter: Prompter,
): void {
  prompter.print(messages.section(messages.reviewTitle(checked.length)));
  checked.forEach((item, i) => {
    printNote(item, i, checked.length, sent, prompter);
  });
  printSchedule(schedule, prompter);
}

function printSchedule(schedule: readonly string[], prompter: Prompter): void {
  if (schedule.length === 0) return;
  prompter.print(`\n${messages.schedule}`);
  for (const line of schedule) prompter.print(messages.scheduleLine(line));
}

function printNote(
  { note, findings }: Checked,
  index: number,
  total: number,
  sent: readonly SentEntry[],
  prompter: Prompter,
): void {
  prompter.print(messages.noteHeading(index + 1, total, kindNames[note.kind], note.to, note.address, isSpoken(note)));
  const last = [...sent].reverse().find((entry) => entry.kind === note.kind && entry.to === note.to);
  if (last) prompter.print(messages.alreadySent(formatDay(dayOf(last.at))));
  if (note.subject !== '') prompter.print(messages.subject(note.subject));
  if (note.attachments.length > 0) prompter.print(messages.attachments(note.attachments));
  prompter.print('');
  prompter.print(note.body.replace(/\n+$/, ''));
  prompter.print('');
  printFindings(findings, prompter);
}

/** Opens the note in the editor; the edit is saved and checked again. Null when nothing changed. */
async function editOne(item: Checked, interview: Interview, notes: readonly Note[], deps: ReviewDeps): Promise<Checked | null> {
  const { prompter } = deps;
  prompter.print(messages.editing(deps.editorName));
  const outcome = await deps.editText(editableText(item.note));
  if (outcome.kind === 'failed') {
    prompter.print(messages.editFailed(outcome.message));
    return null;
  }
  const { subject, body } = outcome.kind === 'edited' ? readEditedText(outcome.text, item.note.subject) : item.note;
  if (subject === item.note.subject && body === item.note.body) {
    prompter.print(messages.editUnchanged);
    return null;
  }
  const why = await deps
    .saveEdit(interview, { kind: item.note.kind, to: item.note.to, subject, body, at: deps.now().toISOString() })
    .then(
      () => null,
      (error: unknown) => reasonOf(error),
    );
  const note = { ...item.note, subject, body };
  prompter.print(why === null ? messages.editSaved : messages.editNotSaved(why));
  return {
    note,
    findings: await deps.check(
      note,
      interview,
      notes.map((n) => (n === item.note ? note : n)),
    ),
  };
}

function printFindings(findings: readonly Finding[], prompter: Prompter): void {
  if (findings.length === 0) {
    prompter.print(messages.clean);
    return;
  }
  const count = (severity: Finding['severity']) => findings.filter((f) => f.severity === severity).length;
  prompter.print(messages.findingsTitle(count('error'), count('warning'), count('info')));
  for (const f of findings) prompter.print(messages.finding(f.severity, f.rule, f.line, f.column, f.message));
}

async function copySubject(item: Checked, deps: ReviewDeps): Promise<void> {
  const result = await deps.copy(item.note.subject);
  if (result.method === 'none') {
    deps.prompter.print(messages.subjectCopyFailed(result.problem ?? methodNames.none));
    deps.prompter.print(item.note.subject);
  } else {
    deps.prompter.print(messages.subjectCopied(methodNames[result.method]));
  }
}

/** Copies the note and asks whether it went out; returns what was recorded as sent, if anything. */
async function copyOne(item: Checked, interview: Interview, deps: ReviewDeps): Promise<SentEntry | null> {
  const { prompter } = deps;
  const errors = item.findings.filter((f) => f.severity === 'error').length;
  if (errors > 0 && !(await prompter.confirm(messages.overrideBlocked(errors), false))) {
    prompter.print(messages.notCopied);
    return null;
  }
  if (!(await confirmManualChecks(prompter))) {
    prompter.print(messages.manualLater);
    return null;
  }
  // The body is what goes into the mail; the subject is on screen to type or paste apart.
  const text = item.note.body;
  const result = await deps.copy(text);
  if (result.method === 'none') {
    prompter.print(messages.copyFailed(result.problem ?? methodNames.none));
    prompter.print(text);
  } else {
    prompter.print(messages.copied(methodNames[result.method]));
  }
  // An early note is recorded only when the user says so, as regen records one only with --force.
  const early = item.findings.some((finding) => finding.rule === 'too-early');
  if (!(await prompter.confirm(early ? messages.markSentEarly : messages.markSent, !early))) return null;
  try {
    const entry = await deps.recordSent(interview, item.note, result);
    prompter.print(messages.marked);
    return entry;
  } catch (error) {
    prompter.print(messages.notRecorded(reasonOf(error)));
    return null;
  }
}

// What no rule can check, confirmed once per session (per prompter) before the first copy,
// as in the full-screen review.
const confirmedBy = new WeakSet<Prompter>();

async function confirmManualChecks(prompter: Prompter): Promise<boolean> {
  if (confirmedBy.has(prompter)) return true;
  prompter.print(`\n${manualChecks.title}`);
  manualChecks.items.forEach((item, i) => {
    prompter.print(`  ${i + 1}. ${item}`);
  });
  if (!(await prompter.confirm(messages.manualConfirm, false))) return false;
  confirmedBy.add(prompter);
  return true;
}

/** Which answer to change: the shared questions that apply, or the interviewer list. */
async function pickAnswer(answers: Answers, prompter: Prompter): Promise<Position | null> {
  const asked = SHARED_FIELDS.filter((field) => field.when === undefined || field.when(answers, 0));
  const options: Option<string>[] = [
    ...asked.map((field) => ({ value: field.id as string, label: field.label })),
    { value: 'interviewers', label: messages.interviewersEntry },
  ];
  const picked = await prompter.choose(messages.whichAnswer, options);
  if (picked === BACK) return null;
  return picked === 'interviewers' ? LIST : { step: picked as Position['step'], index: 0 };
}

/** The review's reminders, as the Ink review's `r` key writes them. */
async function writeReminders(interview: Interview, deps: ReviewDeps): Promise<void> {
  try {
    const { path, count } = await deps.writeCalendar(interview);
    deps.prompter.print(review.calendar(path, count));
  } catch (error) {
    deps.prompter.print(review.calendarFailed(error instanceof Error ? error.message : String(error)));
  }
}

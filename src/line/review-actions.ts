// The line review's actions on one note: edit it, copy its subject, or copy it (past errors
// and the manual checks when the user says so) and mark it sent. The review core decides each
// outcome; these ask the questions and print what its state says.
import { formatDay } from '../model/dates.js';
import { dayOf } from '../model/sent-log.js';
import { doneLabel } from '../model/note-kinds.js';
import { isSpoken } from '../model/spoken.js';
import type { Interview } from '../model/types.js';
import {
  afterCopy,
  addressHelp,
  currentNote,
  editable,
  isEarly,
  type ReviewAction,
  type ReviewState,
  reviewMessages,
  sentLog,
} from '../session/review/index.js';
import type { Prompter } from './prompter.js';
import { printNote, printSchedule } from './review-print.js';
import type { ReviewDeps } from './review.js';

const { line: words, manualChecks, methodNames } = reviewMessages;

// What no rule can check, confirmed once per session (per prompter) before the first copy,
// as in the full-screen review.
export const confirmedBy = new WeakSet<Prompter>();

export type Act = (action: ReviewAction) => Promise<ReviewState>;

/**
 * Opens the note on screen (`shown`) in the editor; the edit is saved and checked again, then
 * shown. A note already sent is not offered (review.ts); should one come here, the core refuses
 * it and says why.
 */
export async function editOne(act: Act, shown: ReviewState, interview: Interview, deps: ReviewDeps): Promise<void> {
  const { prompter } = deps;
  const item = currentNote(shown);
  if (item && editable(item)) prompter.print(words.editing(deps.editorName));
  const state = await act({ type: 'edit' });
  const { status } = state;
  if (status.kind === 'sent-not-editable')
    return prompter.print(words.sentNotEditable(formatDay(dayOf(status.at), deps.dateStyle)));
  if (status.kind === 'edit-failed') return prompter.print(words.editFailed(status.message));
  if (status.kind === 'edit-unchanged') return prompter.print(words.editUnchanged);
  prompter.print(status.kind === 'edit-not-saved' ? words.editNotSaved(status.why) : words.editSaved);
  const edited = currentNote(state);
  if (edited)
    printNote(
      edited,
      state.selected,
      state.notes?.length ?? 0,
      sentLog(interview, state.marked),
      deps,
      addressHelp(edited, state.notes),
    );
}

export async function copySubject(act: Act, prompter: Prompter): Promise<void> {
  const state = await act({ type: 'copy-subject' });
  const { status } = state;
  if (status.kind === 'subject-copied') prompter.print(words.subjectCopied(methodNames[status.method]));
  else if (status.kind === 'copy-failed') {
    prompter.print(words.subjectCopyFailed(status.problem || methodNames.none));
    prompter.print(currentNote(state)?.note.subject ?? '');
  }
}

/** Copies the note (past errors and the manual checks, when the user says so) and asks whether it went out. */
export async function copyOne(act: Act, deps: ReviewDeps): Promise<void> {
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
  const spoken = isSpoken(item.note);
  const next = afterCopy(item, status.kind === 'copied' ? status.method : undefined);
  if (status.kind === 'copied') prompter.print(words.copied(methodNames[status.method], spoken, next, status.ask));
  else if (status.kind === 'copy-failed') {
    prompter.print(words.copyFailed(status.problem || methodNames.none));
    prompter.print(item.note.body);
  }
  // A note on record already is copied as it went, and not recorded twice.
  if (next === 'sent') return;
  // An early note is recorded only when the user says so, as regen records one only with --force;
  // a call is still to make, and a note with no address still to send, when its copy is made.
  const early = isEarly(item.findings);
  // After a failed copy the note is on screen to copy by hand: nothing has gone out yet, so
  // Enter must not record it as sent.
  const failed = status.kind === 'copy-failed';
  const question = early ? words.markSentEarly : failed ? words.markSentByHand(spoken) : words.markSent(spoken);
  if (!(await prompter.confirm(question, next === 'mail' && !early && !failed))) {
    if (next !== 'mail') prompter.print(words.markLater(spoken));
    return;
  }
  await record(act, deps);
}

/** Marks the note on screen (`shown`) sent, or the call made, without copying it again. */
export async function markOne(act: Act, shown: ReviewState, deps: ReviewDeps): Promise<void> {
  const item = currentNote(shown);
  if (!item) return;
  if (isEarly(item.findings) && !(await deps.prompter.confirm(words.markSentEarly, false))) return;
  await record(act, deps);
}

async function record(act: Act, deps: ReviewDeps): Promise<void> {
  const { prompter } = deps;
  const state = await act({ type: 'mark-sent', at: deps.now().toISOString(), sure: true });
  if (state.status.kind === 'not-recorded') return prompter.print(words.notRecorded(state.status.why));
  // Which note: after several copies the menu alone does not say which one was just recorded.
  const item = currentNote(state);
  if (item)
    prompter.print(
      words.marked(state.selected + 1, doneLabel(item.note.kind, isSpoken(item.note)), item.note.to, isSpoken(item.note)),
    );
  printSchedule(state.schedule, prompter);
}

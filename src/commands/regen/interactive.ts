// `regen` without an id, on a terminal, once the note is picked: the guided session's review
// core (src/session/review/) decides the copy. Errors hold it back until the user overrides
// them here (or --force did), and an early note is recorded only on a second yes, default no.
// What the copy is for decides what is recorded (the core's `afterCopy`): a mail on copy; a call
// script, a note with no address, or a mail sent through the terminal (OSC 52, which cannot be
// read back) only when the user says the call was made or the note sent; a note on record
// already, never again.
import type { CommandContext } from '../../cli/context.js';
import { CancelledError, CliError, EXIT } from '../../cli/errors.js';
import type { Finding, Interview, Note } from '../../model/types.js';
import { isEarly } from '../../session/review/findings.js';
import { reduceReview, startReview } from '../../session/review/reduce.js';
import { lastSent } from '../../session/review/selectors.js';
import type { ReviewAction, ReviewState } from '../../session/review/types.js';
import type { Store } from '../../store/index.js';
import { isSpoken } from '../../model/spoken.js';
import { copyBody, printUncopied, recordCopied, reportCopied } from './copy.js';
import { messages } from './messages.js';
import type { Select } from './prompts.js';

export interface InteractiveCopy {
  readonly interview: Interview;
  readonly note: Note;
  /** The checklist's findings for the note, already shown above. */
  readonly findings: readonly Finding[];
  readonly force: boolean;
}

/** The review of this one note, its checklist in: regen asks no manual checks (those are the session's). */
function reviewOf(interview: Interview, note: Note, findings: readonly Finding[]): ReviewState {
  const actions: ReviewAction[] = [
    { type: 'notes', notes: [{ note, edited: false, sentAt: lastSent(interview.sent, note)?.at }] },
    { type: 'rules', note, findings },
    { type: 'spelling', note, findings: null },
  ];
  const start = startReview({ manualConfirmed: true, editorName: '' }).state;
  return actions.reduce((state, action) => reduceReview(state, action).state, start);
}

async function yesOrNo(select: Select, message: string, no: string, yes: string): Promise<boolean> {
  try {
    return await select({
      message,
      choices: [
        { value: false, name: no },
        { value: true, name: yes },
      ],
      default: false,
    });
  } catch (error) {
    if (error instanceof Error && error.name === 'ExitPromptError') throw new CancelledError(messages.cancelled);
    throw error;
  }
}

export async function copyInteractively(
  context: CommandContext,
  store: Store,
  asked: InteractiveCopy,
  select: Select,
): Promise<number> {
  const { interview, note, force } = asked;
  if (force && isEarly(asked.findings)) context.stderr.write(`${messages.forcedEarly}\n`);
  let step = reduceReview(reviewOf(interview, note, asked.findings), { type: 'copy', override: force });
  if (step.state.status.kind === 'blocked') {
    const errors = step.state.status.errors;
    if (!(await yesOrNo(select, messages.overrideQuestion(errors), messages.overrideNo, messages.overrideYes))) {
      throw new CliError(messages.blocked, messages.blockedTry(interview.id));
    }
    step = reduceReview(step.state, { type: 'copy', override: true });
  }
  const result = await copyBody(context, note);
  if (result.method === 'none') return printUncopied(context, note, result);
  const copied = reduceReview(step.state, { type: 'copied', outcome: { method: result.method }, what: 'body' }).state;
  const next = copied.status.kind === 'copied' ? copied.status.next : 'mail';
  if (next === 'sent') {
    reportCopied(context, interview, note, result, messages.onRecord(isSpoken(note)));
    return EXIT.ok;
  }
  if (next !== 'mail') {
    const [question, no, yes] =
      next === 'call'
        ? [messages.madeQuestion(note.kind), messages.madeNo, messages.madeYes]
        : next === 'unconfirmed'
          ? [messages.unconfirmedQuestion, messages.noAddressNo, messages.noAddressYes]
          : [messages.noAddressQuestion(note.to), messages.noAddressNo, messages.noAddressYes];
    if (!(await yesOrNo(select, question, no, yes))) {
      reportCopied(context, interview, note, result, messages.notRecordedYet(interview.id, note.kind, note.to, isSpoken(note)));
      return EXIT.ok;
    }
  }
  const at = context.now().toISOString();
  step = reduceReview(copied, { type: 'mark-sent', at, sure: force });
  if (step.state.status.kind === 'early') {
    if (!(await yesOrNo(select, messages.earlyQuestion, messages.earlyNo, messages.earlyYes))) {
      reportCopied(context, interview, note, result, messages.notRecordedEarly(interview.id, note.kind, note.to));
      return EXIT.ok;
    }
    step = reduceReview(step.state, { type: 'mark-sent', at });
  }
  for (const effect of step.effects) if (effect.type === 'record') await recordCopied(store, interview, effect.entry);
  reportCopied(context, interview, note, result, messages.recordedFor(isSpoken(note)));
  return EXIT.ok;
}

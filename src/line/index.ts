// Line mode: the guided session asked line by line with @inquirer/prompts, for screen readers
// and basic terminals (`followup-coach --plain`, and automatically when TERM=dumb).
//
// Called by src/commands/session.ts, instead of mounting Ink (never both at once):
//
//   export async function runLineSession(context: CommandContext, deps: SessionDeps, ask?: Prompter): Promise<number>
//
// `deps` are the same injected effects the Ink app gets (src/ui/deps.ts). It asks whether to
// resume an unfinished draft; with saved interviews it then offers what the Ink home offers (a
// new interview, the follow-up that is due, or a saved interview's notes). It walks the step
// table of src/session (same questions, validators and reducer), saves the draft after every
// answer, shows every note with its checklist and the schedule, and copies and marks notes as
// sent. Returns 0 when finished. On Ctrl-C it throws CancelledError (one line saying how to
// resume; exit 130); the draft is already saved.
import type { CommandContext } from '../cli/context.js';
import { CancelledError, EXIT, UsageError } from '../cli/errors.js';
import {
  EMPTY_ANSWERS,
  REVIEW,
  answersOf,
  candidateAnswersOf,
  draftHasAnswers,
  initialState,
  prepCardText,
  readDraft,
  stateOf,
  type SessionState,
} from '../session/index.js';
import type { LoadedStore, SessionDeps } from '../session/effects.js';
import type { NotesPurpose } from '../ui/review/use-review-notes.js';
import { lineDeps } from './adapt.js';
import { askHome } from './home.js';
import { askNews } from './news.js';
import { reasonOf } from '../session/save-reason.js';
import { messages } from './messages.js';
import { plainPrompter } from './plain-prompter.js';
import { inquirerPrompter, type Prompter } from './prompter.js';
import { walkSession } from './session-loop.js';

export async function runLineSession(context: CommandContext, deps: SessionDeps, ask?: Prompter): Promise<number> {
  if (!context.interactive) throw new UsageError(messages.noTerminal, messages.noTerminalTry);
  deps.warmUp();
  // `ask` is for tests: scripted answers instead of a terminal.
  // A dumb terminal gets plain lines only; any other gets @inquirer/prompts' line editing.
  const streams = { input: context.stdin, output: context.stdout };
  const prompter = ask ?? (context.env.TERM === 'dumb' ? plainPrompter(streams) : await inquirerPrompter(streams));
  const saving = savingDeps(deps, prompter);
  try {
    const loaded = await deps.load();
    for (const notice of loaded.notices) prompter.print(notice);
    const { state, interviewId, purpose } = await startingPoint(loaded, prompter, deps);
    await walkSession(state, interviewId, lineDeps(saving.deps, loaded, prompter, purpose));
    return EXIT.ok;
  } catch (error) {
    // @inquirer/prompts rejects with ExitPromptError on Ctrl-C; the draft was saved after the last
    // answer, unless saving failed, and then the message says so.
    if (error instanceof Error && error.name === 'ExitPromptError') {
      const why = saving.problem();
      throw new CancelledError(why === null ? messages.cancelled : messages.notSaved(why));
    }
    throw error;
  }
}

/**
 * The deps with a draft save that never ends the session: the first failure is shown at once,
 * the answers stay in memory, and a later save that works clears it.
 */
function savingDeps(deps: SessionDeps, prompter: Prompter): { deps: SessionDeps; problem: () => string | null } {
  let problem: string | null = null;
  const saveDraft = async (draft: unknown): Promise<void> => {
    try {
      await deps.saveDraft(draft);
      problem = null;
    } catch (error) {
      const why = reasonOf(error);
      if (problem === null) prompter.print(messages.cannotSave(why));
      problem = why;
    }
  };
  return { deps: { ...deps, saveDraft }, problem: () => problem };
}

interface Start {
  readonly state: SessionState;
  readonly interviewId: string | null;
  readonly purpose: NotesPurpose;
}

/**
 * A resumed draft when the user wants it; else, with saved interviews, what the home offers (a
 * saved one opens at its review, as in the Ink app); else a fresh session with the saved
 * candidate filled in.
 */
async function startingPoint(loaded: LoadedStore, prompter: Prompter, deps: SessionDeps): Promise<Start> {
  const draft = readDraft(loaded.draft);
  if (draft !== null && draftHasAnswers(draft, loaded.candidate)) {
    const what = [draft.answers.company, draft.answers.role].filter(Boolean).join(', ');
    if (await prompter.confirm(what ? messages.resume(what) : messages.resumeAnonymous, true)) {
      return { state: stateOf(draft), interviewId: draft.interviewId, purpose: 'review' };
    }
    await deps.clearDraft();
  }
  let interviews = loaded.interviews;
  while (interviews.length > 0) {
    const choice = await askHome(interviews, await deps.dueFollowUps(interviews), prompter);
    if (choice.kind === 'new') break;
    // The card and the news return to home, as in the Ink app.
    if (choice.kind === 'prep') {
      prompter.print(prepCardText());
      continue;
    }
    if (choice.kind === 'news') {
      const changed = await askNews(choice.interview, prompter, deps);
      if (changed !== null) interviews = interviews.map((i) => (i.id === changed.id ? changed : i));
      continue;
    }
    const purpose = choice.kind === 'follow-up' ? 'follow-up' : 'review';
    return { state: initialState(answersOf(choice.interview), REVIEW), interviewId: choice.interview.id, purpose };
  }
  const candidate = candidateAnswersOf(loaded.candidate ?? draft?.answers.candidate ?? null);
  return { state: initialState({ ...EMPTY_ANSWERS, candidate }), interviewId: null, purpose: 'review' };
}

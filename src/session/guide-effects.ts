// Runs the guide's commands through SessionDeps and reports each outcome as the event the guide
// takes next. The same runner serves the Ink app and the line mode, so both save alike: the
// draft before the screen moves on (saveDraftNow), in order, and never after it was cleared.
import type { Candidate } from '../model/types.js';
import { deleteLabel } from './delete.js';
import { idAfterChange } from './interview-id.js';
import { editsToAsk, editsToCarry } from './review/edits-to-ask.js';
import type { SessionDeps } from './effects.js';
import type { GuideCommand, GuideEvent, StoreView } from './guide-state.js';
import type { SavedDraft } from './draft.js';
import { reasonOf } from './save-reason.js';

export interface GuideRunner {
  /** Starts `command`; what it reports goes to `dispatch`. Resolves once it is done. */
  run(command: GuideCommand): Promise<void>;
  /** Ctrl-C: `draft` on disk after every save under way; why that failed, or null. */
  flush(draft: SavedDraft): Promise<string | null>;
  /** Ctrl-C on the review of an interview saved whole: the draft written while it was open goes. */
  discard(): Promise<void>;
}

export function createGuideRunner(deps: SessionDeps, dispatch: (event: GuideEvent) => void): GuideRunner {
  // Two queues: the draft is a small file of its own, written at once; the candidate goes into
  // the store under its lock, which can take a while, and the draft must not wait behind it.
  let drafts: Promise<void> = Promise.resolve();
  let candidates: Promise<void> = Promise.resolve();
  const saved = () => dispatch({ type: 'saved' });
  const failed = (error: unknown) => dispatch({ type: 'save-failed', why: reasonOf(error) });

  const saveDraft = (draft: SavedDraft): Promise<void> => {
    // Written before returning when the store is open, so the next screen never shows first.
    try {
      if (deps.saveDraftNow?.(draft) === true) {
        saved();
        return drafts;
      }
    } catch (error) {
      failed(error);
      return drafts;
    }
    drafts = drafts.then(() => deps.saveDraft(draft)).then(saved, failed);
    return drafts;
  };
  const saveCandidate = (candidate: Candidate): Promise<void> => {
    candidates = candidates.then(() => deps.saveCandidate(candidate)).catch(failed);
    return candidates;
  };

  async function run(command: GuideCommand): Promise<void> {
    switch (command.type) {
      case 'save-draft':
        return saveDraft(command.draft);
      case 'save-candidate':
        return saveCandidate(command.candidate);
      case 'clear-draft':
        drafts = drafts.then(() => deps.clearDraft()).catch(failed);
        return drafts;
      case 'check-round':
        return dispatch({ type: 'round-known', later: await deps.laterRound(command.interview) });
      case 'save-interview':
        try {
          // The hand edits are carried over (the store would drop them with the old answers) and
          // put to the user where the new answers write the note differently.
          const all = command.known === null ? [] : (await deps.load()).interviews;
          const previous = all.find((i) => i.id === command.known);
          // A fixed company or role moves the id while nothing has gone out (src/session/interview-id.ts).
          const change =
            previous === undefined || deps.inCalendar === undefined
              ? ({ kind: 'same' } as const)
              : idAfterChange(previous, command.interview, all, await deps.inCalendar(previous.id));
          const id = change.kind === 'rename' ? change.to : command.interview.id;
          // An edit put back as the templates wrote it is no edit: it is neither kept nor asked about.
          const carried = previous ? await editsToCarry(deps, previous) : undefined;
          const stored = await deps.saveInterview(
            { ...command.interview, id, edits: carried?.edits },
            {
              replace: command.known !== null,
              round: command.round,
              ...(change.kind === 'rename' && previous ? { renameFrom: previous.id } : {}),
            },
          );
          const questions = carried ? await editsToAsk(deps, carried, stored) : [];
          const notice = change.kind === 'same' ? undefined : change.notice;
          return dispatch({ type: 'interview-saved', stored, questions, notice });
        } catch (error) {
          return dispatch({ type: 'interview-not-saved', why: reasonOf(error) });
        }
      case 'drop-edit':
        return dispatch({ type: 'edit-dropped', stored: await deps.saveInterview(command.interview, { replace: true }) });
      case 'record-news': {
        const { interview, next } = await deps.recordNews(command.interview, command.news);
        const interviews = command.interviews.map((i) => (i.id === interview.id ? interview : i));
        const due = await deps.dueFollowUps(interviews);
        return dispatch({ type: 'news-recorded', interview, news: command.news, next, due });
      }
      case 'delete-interview': {
        const { interview, interviews } = command;
        const label = deleteLabel(interview, interviews);
        try {
          const { reminders } = await deps.deleteInterview(interview.id);
          const due = await deps.dueFollowUps(interviews.filter((i) => i.id !== interview.id));
          return dispatch({ type: 'interview-deleted', id: interview.id, label, reminders, due });
        } catch (error) {
          return dispatch({ type: 'interview-not-deleted', label, why: reasonOf(error) });
        }
      }
      case 'reload-home':
        return dispatch({ type: 'home-loaded', store: await storeView(deps) });
      case 'finish': {
        drafts = drafts.then(() => deps.clearDraft()).catch(() => undefined);
        await drafts;
        return dispatch({ type: 'finished', next: await nextStepsOf(deps, command.interviewId) });
      }
    }
  }

  return {
    run,
    async flush(draft) {
      await Promise.all([drafts, candidates]);
      try {
        await deps.saveDraft(draft);
        return null;
      } catch (error) {
        return reasonOf(error);
      }
    },
    async discard() {
      await Promise.all([drafts, candidates]);
      // As when the review finishes: a draft that cannot be removed is offered again, and nothing is lost.
      await deps.clearDraft().catch(() => undefined);
    },
  };
}

/** The store as the home shows it, read again; null when it cannot be read (the home then shows what it had). */
async function storeView(deps: SessionDeps): Promise<StoreView | null> {
  try {
    const { candidate, interviews } = await deps.load();
    return { candidate, interviews, due: interviews.length > 0 ? await deps.dueFollowUps(interviews) : [] };
  } catch {
    return null;
  }
}

/**
 * The steps due next (SessionDeps.nextSteps), read from the store so the notes marked sent in
 * this session count: a note still due today is said as the session ends, not only on the review
 * the user is leaving, and so is one another saved application owes. Nothing when it cannot be read.
 */
async function nextStepsOf(deps: SessionDeps, id: string | null): Promise<readonly string[] | undefined> {
  if (id === null) return undefined;
  try {
    const steps = await deps.nextSteps(id);
    return steps.length === 0 ? undefined : steps;
  } catch {
    return undefined;
  }
}

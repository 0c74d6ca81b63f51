// The walk through the step table, one question at a time, until the review is finished. The
// reducer decides what comes next; this loop only asks, dispatches and saves the draft after
// every step, so Ctrl-C or a closed terminal loses at most the answer being typed.
import type { Interview } from '../model/types.js';
import { slugFor } from '../model/slug.js';
import {
  createReducer,
  draftOf,
  fieldAt,
  firstMissing,
  interviewOf,
  newsMessages,
  sessionMessages,
  type SavedDraft,
  type SessionContext,
  type SessionState,
} from '../session/index.js';
import { askField } from './ask-field.js';
import { askInterviewerList } from './interviewer-list.js';
import { askAboutEdits, type KeepEditsDeps } from './keep-edits.js';
import { messages } from './messages.js';
import { runReview, type ReviewDeps } from './review.js';

export interface LineSessionDeps extends ReviewDeps, KeepEditsDeps {
  /** The interview as saved now (with the edits and the sent log), if it is. */
  readonly storedInterview: (id: string) => Promise<Interview | undefined>;
  readonly session: SessionContext;
  readonly saveDraft: (draft: SavedDraft) => Promise<void>;
  readonly clearDraft: () => Promise<void>;
  /** Saves the interview and the candidate for next time; returns it as stored (its id may gain `-2`). */
  readonly saveInterview: (
    interview: Interview,
    options: { readonly replace: boolean; readonly round?: boolean },
  ) => Promise<Interview>;
  /** Whether a new interview is for a role already saved: maybe its next round. */
  readonly laterRound: (interview: Interview) => Promise<boolean>;
}

/** Runs the session from `start` and returns the id of the interview saved at the end. */
export async function walkSession(start: SessionState, interviewId: string | null, deps: LineSessionDeps): Promise<string> {
  const { prompter } = deps;
  const reduce = createReducer(deps.session);
  let state = start;
  let id = interviewId;
  let round: boolean | undefined;
  let shownSection = '';
  let shownPerson = -1;
  prompter.print(messages.intro);

  for (;;) {
    const { position } = state;
    if (position.step === 'review') {
      // A resumed or edited draft may still lack an answer: ask it before showing notes.
      const missing = firstMissing(state.answers, deps.session);
      if (missing !== null) {
        state = { ...state, position: missing };
        continue;
      }
      // The first save places a new interview beside the others; later ones replace it. The store
      // keeps what was already sent, and a hand edit only while the answers it was made on hold.
      const replace = id !== null;
      // A hand edit is carried over (the store would drop it with the old answers) and put to the
      // user where the new answers write its note differently.
      const previous = id === null ? undefined : await deps.storedInterview(id);
      const known = { id: id ?? slugFor(state.answers.company, state.answers.role, []), edits: previous?.edits };
      const answered = interviewOf(state.answers, known);
      // A new interview for a role already saved may be the application's next round: ask once.
      round ??=
        !replace && (await deps.laterRound(answered))
          ? await prompter.confirm(newsMessages.roundQuestion(answered.company, answered.role), true)
          : false;
      const placed = await deps.saveInterview(answered, { replace, round: !replace && round });
      const interview = previous ? await askAboutEdits(previous, placed, deps) : placed;
      id = interview.id;
      await deps.saveDraft(draftOf(state, id));
      const outcome = await runReview(interview, state.answers, deps);
      if (outcome.type === 'finish') {
        await deps.clearDraft();
        prompter.print(messages.finished(id));
        return id;
      }
      state = reduce(state, { type: 'change', to: outcome.to });
      shownSection = '';
      shownPerson = -1;
      await deps.saveDraft(draftOf(state, id));
      continue;
    }

    const field = fieldAt(position);
    const section = field?.section ?? 'interviewers';
    if (section !== shownSection) {
      prompter.print(messages.section(sessionMessages.sections[section]));
      shownSection = section;
    }
    if (field?.perInterviewer && shownPerson !== position.index) {
      prompter.print(messages.person(position.index + 1, state.answers.interviewers[position.index]?.name ?? ''));
      shownPerson = position.index;
    }
    if (!field?.perInterviewer) shownPerson = -1;

    const action =
      field === null
        ? await askInterviewerList(state, prompter)
        : await askField(field, state, {
            prompter,
            reduce,
            session: deps.session,
            keep: (value) => deps.saveDraft(draftOf(reduce(state, { type: 'keep', value }), id)),
          });
    const next = reduce(state, action);
    if (next.error !== null) prompter.print(messages.problem(next.error));
    state = next;
    await deps.saveDraft(draftOf(state, id));
  }
}

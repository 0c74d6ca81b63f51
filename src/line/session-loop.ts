// The walk through the session, one prompt at a time, until the review is finished. The session
// core decides what comes next and saves the draft after every answer; this loop only asks what
// the screen it is on asks, and sends the answer back.
import { createReducer, fieldAt, prepCardText, resumeMessages, sessionMessages } from '../session/index.js';
import type { SessionDeps } from '../session/effects.js';
import { askField } from './ask-field.js';
import type { Drive } from './drive.js';
import { askDelete } from './delete.js';
import { askHome } from './home.js';
import { askInterviewerList } from './interviewer-list.js';
import { messages } from './messages.js';
import { askNews } from './news.js';
import type { Prompter } from './prompter.js';
import { askReviewStage } from './review-stage.js';
import { todayOf } from '../model/dates.js';

/** Runs the session from the opened store; returns the id of the interview saved at the end. */
export async function walkSession(guide: Drive, deps: SessionDeps, prompter: Prompter): Promise<string | null> {
  const session = deps.stepContext();
  // The question reducer judges a typed answer before it is sent (the prompt asks again).
  const reduce = createReducer(session);
  let shownSection = '';
  let shownPerson = -1;
  let introduced = false;
  for (;;) {
    const state = guide.state();
    switch (state.screen) {
      case 'done':
        if (state.interviewId !== null) prompter.print(messages.finished(state.interviewId));
        if (state.interviewId !== null && state.nextSteps) prompter.print(messages.next(state.nextSteps));
        return state.interviewId;
      case 'resume':
        await guide.send({
          type: 'resume',
          yes: await prompter.confirm(resumeMessages.question(state.draft?.answers.company || resumeMessages.untitled), true),
        });
        continue;
      case 'home':
        // Back home from a review: the next interview's questions start with their own headers.
        shownSection = '';
        shownPerson = -1;
        await guide.send({
          type: 'home',
          choice: await askHome(state.store.interviews, state.store.due, deps.dateStyle, prompter, todayOf(deps.now())),
        });
        continue;
      case 'prep':
        prompter.print(prepCardText());
        await guide.send({ type: 'back-home' });
        continue;
      case 'news': {
        const news = state.news === null ? null : await askNews(state.news, prompter);
        await guide.send(news === null ? { type: 'back-home' } : { type: 'news', news });
        continue;
      }
      case 'delete': {
        const picked = await askDelete(state.store.interviews, prompter);
        await guide.send(picked === null ? { type: 'back-home' } : { type: 'delete', interview: picked });
        continue;
      }
      case 'loading':
      case 'change':
        // The line review picks the answer to change itself; neither screen waits for a prompt.
        throw new Error(`the line mode has nothing to ask on the ${state.screen} screen`);
      case 'questions':
        break;
    }
    if (!introduced) {
      prompter.print(messages.intro);
      introduced = true;
    }
    const { position } = state.session;
    if (position.step === 'review') {
      const event = await askReviewStage(state, deps, prompter);
      // After a changed answer, the headers are shown again.
      if (event.type === 'change') {
        shownSection = '';
        shownPerson = -1;
      }
      await guide.send(event);
      continue;
    }
    const field = fieldAt(position);
    const section = field?.section ?? 'interviewers';
    if (section !== shownSection) {
      prompter.print(messages.section(sessionMessages.sections[section]));
      shownSection = section;
    }
    if (field?.perInterviewer && shownPerson !== position.index) {
      prompter.print(messages.person(position.index + 1, state.session.answers.interviewers[position.index]?.name ?? ''));
      shownPerson = position.index;
    }
    if (!field?.perInterviewer) shownPerson = -1;
    const action =
      field === null
        ? await askInterviewerList(state.session, prompter)
        : await askField(field, state.session, {
            prompter,
            reduce,
            session,
            // A list is saved as it grows: the guide keeps the topics typed so far in its draft.
            keep: async (value) => void (await guide.send({ type: 'session', action: { type: 'keep', value } })),
          });
    const next = await guide.send({ type: 'session', action });
    if (next.session.error !== null) prompter.print(messages.problem(next.session.error));
  }
}

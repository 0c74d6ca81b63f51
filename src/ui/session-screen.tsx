// The screen the session core is on (src/session/guide-state.ts), drawn: one component per
// screen, each reporting what the user did as an event for the core.
import { Box, Text } from 'ink';
import { useCallback } from 'react';
import { resumeMessages, type GuideEvent, type GuideState, type SessionAction, type SessionContext } from '../session/index.js';
import type { SessionDeps } from '../session/effects.js';
import { todayOf } from '../model/dates.js';
import { DeleteScreen } from './delete-screen.js';
import { Home } from './home.js';
import { loading, title } from './messages.js';
import { NewsScreen } from './news-screen.js';
import { PrepScreen } from './prep-screen.js';
import { QuestionScreen } from './question-screen.js';
import { ChangeAnswer } from './review/change-answer.js';
import { ReviewStage } from './review-stage.js';
import { YesNoOffer } from './yes-no-offer.js';

export interface SessionScreenProps {
  readonly state: GuideState;
  readonly deps: SessionDeps;
  readonly context: SessionContext;
  readonly columns: number;
  readonly rows: number;
  readonly isActive: boolean;
  readonly dispatch: (event: GuideEvent) => void;
  /** The review hands the terminal to the editor and takes it back. */
  readonly onSuspend: (suspended: boolean) => void;
  readonly onQuit: () => void;
}

export function SessionScreen(props: SessionScreenProps) {
  const { state, deps, context, columns, rows, isActive, dispatch } = props;
  const answer = useCallback((action: SessionAction) => dispatch({ type: 'session', action }), [dispatch]);
  switch (state.screen) {
    // Done: the app exits, and Ink leaves this last frame in the terminal above "Saved as …".
    case 'done':
      return null;
    case 'loading':
      return (
        <Box flexDirection="column">
          <Text bold>{title}</Text>
          <Text dimColor>{loading}</Text>
        </Box>
      );
    case 'resume':
      return (
        <YesNoOffer
          question={resumeMessages.question(state.draft?.answers.company || resumeMessages.untitled)}
          yes={resumeMessages.yes}
          no={resumeMessages.no}
          isActive={isActive}
          onAnswer={(yes) => dispatch({ type: 'resume', yes })}
        />
      );
    case 'home':
      return (
        <Home
          interviews={state.store.interviews}
          due={state.store.due}
          dateStyle={deps.dateStyle}
          today={todayOf(deps.now())}
          rows={rows}
          isActive={isActive}
          onChoose={(choice) => dispatch({ type: 'home', choice })}
        />
      );
    case 'prep':
      return <PrepScreen isActive={isActive} onBack={() => dispatch({ type: 'back-home' })} />;
    case 'news':
      return state.news === null ? null : (
        <NewsScreen
          interview={state.news}
          isActive={isActive}
          onDone={(news) => dispatch({ type: 'news', news })}
          onCancel={() => dispatch({ type: 'back-home' })}
        />
      );
    case 'delete':
      return (
        <DeleteScreen
          interviews={state.store.interviews}
          rows={rows}
          isActive={isActive}
          onDelete={(interview) => dispatch({ type: 'delete', interview })}
          onCancel={() => dispatch({ type: 'back-home' })}
        />
      );
    case 'change':
      return (
        <ChangeAnswer
          answers={state.session.answers}
          dateStyle={deps.dateStyle}
          rows={rows}
          isActive={isActive}
          onChoose={(to) => dispatch({ type: 'change', to })}
          onCancel={() => dispatch({ type: 'change-cancelled' })}
        />
      );
    case 'questions':
      if (state.session.position.step === 'review') {
        return (
          <ReviewStage
            state={state}
            deps={deps}
            columns={columns}
            rows={rows}
            isActive={isActive}
            dispatch={dispatch}
            onSuspend={props.onSuspend}
            onQuit={props.onQuit}
          />
        );
      }
      return <QuestionScreen state={state.session} context={context} rows={rows} isActive={isActive} dispatch={answer} />;
  }
}

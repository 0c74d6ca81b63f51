// The review step, as far as the save has got: the round question for a new interview that may
// be a saved application's next round, a failed save to try again, each hand edit a changed
// answer put in question, and then the review itself. Only src/session decides which.
import { Text } from 'ink';
import { useMemo } from 'react';
import { editAsked, newsMessages, reviewSaveMessages, type GuideEvent, type GuideState } from '../session/index.js';
import type { SessionDeps } from '../session/effects.js';
import { loading } from './messages.js';
import { KeepEdit } from './review/keep-edit.js';
import { ReviewScreen } from './review/review-screen.js';
import { YesNoOffer } from './yes-no-offer.js';

export interface ReviewStageProps {
  readonly state: GuideState;
  readonly deps: SessionDeps;
  readonly columns: number;
  readonly rows: number;
  readonly isActive: boolean;
  readonly dispatch: (event: GuideEvent) => void;
  readonly onSuspend: (suspended: boolean) => void;
  readonly onQuit: () => void;
}

export function ReviewStage({ state, deps, columns, rows, isActive, dispatch, onSuspend, onQuit }: ReviewStageProps) {
  const { answers } = state.session;
  // Stable between renders: a new array would make the review compose its notes again.
  const others = useMemo(
    () => state.store.interviews.filter((i) => i.id !== state.interviewId),
    [state.store.interviews, state.interviewId],
  );
  switch (state.stage) {
    case 'ask-round':
      return (
        <YesNoOffer
          question={newsMessages.roundQuestion(answers.company, answers.role)}
          yes={newsMessages.roundYes}
          no={newsMessages.roundNo}
          isActive={isActive}
          onAnswer={(yes) => dispatch({ type: 'round', yes })}
        />
      );
    case 'failed':
      return (
        <YesNoOffer
          question={reviewSaveMessages.failed(state.failure ?? '')}
          yes={reviewSaveMessages.retry}
          no={reviewSaveMessages.quit}
          isActive={isActive}
          onAnswer={(yes) => (yes ? dispatch({ type: 'retry-save' }) : onQuit())}
        />
      );
    case 'keep-edit':
    case 'dropping-edit': {
      const asked = editAsked(state)!;
      return (
        <KeepEdit
          question={asked.question}
          n={asked.n}
          total={asked.total}
          columns={columns}
          rows={rows}
          isActive={isActive && state.stage === 'keep-edit'}
          onAnswer={(keep) => dispatch({ type: 'keep-edit', keep })}
        />
      );
    }
    case 'ready':
      return (
        <ReviewScreen
          deps={deps}
          interview={state.saved!}
          purpose={state.purpose}
          others={others}
          columns={columns}
          rows={rows}
          isActive={isActive}
          onSuspend={onSuspend}
          at={state.reviewAt}
          notice={state.notice}
          onChangeAnswers={(at) => dispatch({ type: 'change-answers', at })}
          onBack={() => dispatch({ type: 'session', action: { type: 'back' } })}
          onFinish={() => dispatch({ type: 'finish' })}
          manualConfirmed={state.manualConfirmed}
          onManualConfirmed={() => dispatch({ type: 'manual-confirmed' })}
        />
      );
    default:
      return <Text dimColor>{loading}</Text>;
  }
}

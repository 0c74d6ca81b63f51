// The current question, drawn by the kind of field the step table says it is.
import type { ReactNode } from 'react';
import { fieldAt, type SessionAction, type SessionContext, type SessionState } from '../../session/index.js';
import { ChoiceStep } from './choice-step.js';
import { InterviewersStep } from './interviewers-step.js';
import { TextStep } from './text-step.js';
import { TopicsStep } from './topics-step.js';

export interface QuestionProps {
  readonly state: SessionState;
  readonly context: SessionContext;
  readonly header: ReactNode;
  readonly rows: number;
  readonly isActive: boolean;
  readonly dispatch: (action: SessionAction) => void;
}

export function Question({ state, context, header, rows, isActive, dispatch }: QuestionProps) {
  const { answers, position, error } = state;
  const back = () => dispatch({ type: 'back' });
  if (position.step === 'interviewers') {
    return (
      <InterviewersStep
        answers={answers}
        error={error}
        header={header}
        toReview={state.returnTo === 'review'}
        rows={rows}
        isActive={isActive}
        dispatch={dispatch}
      />
    );
  }
  const field = fieldAt(position);
  if (!field) return null;
  // A new key per question: each input starts from that question's saved answer.
  const key = `${position.step}#${position.index}`;
  switch (field.kind) {
    case 'text':
      return (
        <TextStep
          key={key}
          field={field}
          index={position.index}
          answers={answers}
          context={context}
          error={error}
          header={header}
          isActive={isActive}
          onSubmit={(value) => dispatch({ type: 'answer', value })}
          onBack={(typed) => {
            if (typed !== undefined) dispatch({ type: 'keep', value: typed });
            back();
          }}
        />
      );
    case 'choice':
      return (
        <ChoiceStep
          key={key}
          field={field}
          index={position.index}
          answers={answers}
          dateStyle={context.dateStyle}
          error={error}
          header={header}
          isActive={isActive}
          onSubmit={(value) => dispatch({ type: 'answer', value })}
          onBack={back}
        />
      );
    case 'list':
      return (
        <TopicsStep
          key={key}
          field={field}
          index={position.index}
          answers={answers}
          error={error}
          header={header}
          isActive={isActive}
          onSubmit={(value) => dispatch({ type: 'answer', value })}
          onChange={(value) => dispatch({ type: 'keep', value })}
          onBack={(value) => {
            dispatch({ type: 'keep', value });
            back();
          }}
        />
      );
  }
}
